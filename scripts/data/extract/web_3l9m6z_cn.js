'use strict';
// Verbatim quotes in data/quotes/web_3l9m6z_cn.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_3l9m6z_cn', 'train');
