'use strict';
// Verbatim quotes in data/quotes/web_news_pchome_com_tw.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_news_pchome_com_tw', 'train');
