'use strict';
// Verbatim quotes in data/quotes/web_pegaso_press.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_pegaso_press', 'test');
