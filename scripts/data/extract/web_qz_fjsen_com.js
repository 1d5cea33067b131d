'use strict';
// Verbatim quotes in data/quotes/web_qz_fjsen_com.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_qz_fjsen_com', 'test');
