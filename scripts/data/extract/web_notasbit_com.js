'use strict';
// Verbatim quotes in data/quotes/web_notasbit_com.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_notasbit_com', 'train');
