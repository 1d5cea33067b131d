'use strict';
// Verbatim quotes in data/quotes/web_biobiochile_cl.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_biobiochile_cl', 'train');
