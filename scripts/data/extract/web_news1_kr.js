'use strict';
// Verbatim quotes in data/quotes/web_news1_kr.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_news1_kr', 'dev');
