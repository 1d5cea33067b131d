'use strict';
// Verbatim quotes in data/quotes/web_xwzkw_com.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_xwzkw_com', 'dev');
