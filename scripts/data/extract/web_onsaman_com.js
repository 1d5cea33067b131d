'use strict';
// Verbatim quotes in data/quotes/web_onsaman_com.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_onsaman_com', 'train');
