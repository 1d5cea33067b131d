'use strict';
// Verbatim quotes in data/quotes/web_hznews_hangzhou_com_cn.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_hznews_hangzhou_com_cn', 'train');
