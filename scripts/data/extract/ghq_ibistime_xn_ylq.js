'use strict';
// Verbatim templates in data/quotes/ghq_ibistime_xn_ylq.json (see its data card).
module.exports = require('../lib/gh-quotes').ghQuotes('ghq_ibistime_xn_ylq', 'dev');
