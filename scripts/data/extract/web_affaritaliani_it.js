'use strict';
// Verbatim quotes in data/quotes/web_affaritaliani_it.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_affaritaliani_it', 'train');
