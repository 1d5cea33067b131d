'use strict';
// Verbatim quotes in data/quotes/web_fourthindia_in.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_fourthindia_in', 'train');
