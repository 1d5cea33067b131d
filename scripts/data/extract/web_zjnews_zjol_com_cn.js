'use strict';
// Verbatim quotes in data/quotes/web_zjnews_zjol_com_cn.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_zjnews_zjol_com_cn', 'train');
