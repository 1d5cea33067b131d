'use strict';
// Verbatim quotes in data/quotes/web_news_a902_net.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_news_a902_net', 'train');
