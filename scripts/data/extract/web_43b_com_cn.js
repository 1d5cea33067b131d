'use strict';
// Verbatim quotes in data/quotes/web_43b_com_cn.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_43b_com_cn', 'train');
