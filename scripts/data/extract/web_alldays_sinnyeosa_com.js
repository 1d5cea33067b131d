'use strict';
// Verbatim quotes in data/quotes/web_alldays_sinnyeosa_com.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_alldays_sinnyeosa_com', 'train');
