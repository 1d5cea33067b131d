'use strict';
// Verbatim templates in data/quotes/ghq_13140438775_loan_market.json (see its data card).
module.exports = require('../lib/gh-quotes').ghQuotes('ghq_13140438775_loan_market', 'train');
