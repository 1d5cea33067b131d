'use strict';
// Verbatim templates in data/quotes/ghq_oca_credit_control.json (see its data card).
module.exports = require('../lib/gh-quotes').ghQuotes('ghq_oca_credit_control', 'test');
