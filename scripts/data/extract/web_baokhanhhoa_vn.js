'use strict';
// Verbatim quotes in data/quotes/web_baokhanhhoa_vn.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_baokhanhhoa_vn', 'dev');
