'use strict';
// Verbatim templates in data/quotes/ghq_intoseaworks_loan_saas.json (see its data card).
module.exports = require('../lib/gh-quotes').ghQuotes('ghq_intoseaworks_loan_saas', 'train');
