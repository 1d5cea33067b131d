'use strict';
// Verbatim quotes in data/quotes/web_yakuza_news_jp.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_yakuza_news_jp', 'train');
