'use strict';
// Verbatim quotes in data/quotes/web_gzmaolu_com.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_gzmaolu_com', 'test');
