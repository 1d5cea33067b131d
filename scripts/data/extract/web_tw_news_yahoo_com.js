'use strict';
// Verbatim quotes in data/quotes/web_tw_news_yahoo_com.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_tw_news_yahoo_com', 'dev');
