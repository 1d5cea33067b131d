'use strict';
// Verbatim quotes in data/quotes/web_shutu_cn.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_shutu_cn', 'train');
