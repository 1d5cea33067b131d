'use strict';
// Verbatim quotes in data/quotes/web_scl371_com.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_scl371_com', 'dev');
