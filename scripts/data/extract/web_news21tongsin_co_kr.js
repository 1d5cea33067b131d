'use strict';
// Verbatim quotes in data/quotes/web_news21tongsin_co_kr.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_news21tongsin_co_kr', 'train');
