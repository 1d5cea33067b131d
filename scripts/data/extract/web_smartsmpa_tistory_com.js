'use strict';
// Verbatim quotes in data/quotes/web_smartsmpa_tistory_com.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_smartsmpa_tistory_com', 'test');
