'use strict';
// Verbatim quotes in data/quotes/web_palabrasclaras_mx.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_palabrasclaras_mx', 'train');
