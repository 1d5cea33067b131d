'use strict';
// Verbatim quotes in data/quotes/web_thehopenewspaper_com.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_thehopenewspaper_com', 'test');
