'use strict';
// Verbatim quotes in data/quotes/web_xyx234_com.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_xyx234_com', 'train');
