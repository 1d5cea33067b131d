'use strict';
// Verbatim quotes in data/quotes/web_paolarojas_com_mx.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_paolarojas_com_mx', 'train');
