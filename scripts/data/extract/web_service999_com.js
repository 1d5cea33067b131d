'use strict';
// Verbatim quotes in data/quotes/web_service999_com.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_service999_com', 'test');
