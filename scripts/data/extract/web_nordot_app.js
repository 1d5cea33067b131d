'use strict';
// Verbatim quotes in data/quotes/web_nordot_app.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_nordot_app', 'test');
