'use strict';
// Verbatim quotes in data/quotes/web_timesofindia_indiatimes_com.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_timesofindia_indiatimes_com', 'dev');
