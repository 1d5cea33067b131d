'use strict';
// Verbatim quotes in data/quotes/web_elheraldo_co.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_elheraldo_co', 'test');
