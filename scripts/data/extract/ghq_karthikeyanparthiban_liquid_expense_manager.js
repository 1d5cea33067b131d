'use strict';
// Verbatim SMS quoted in data/quotes/ghq_karthikeyanparthiban_liquid_expense_manager.json (see its data card).
module.exports = require('../lib/gh-quotes').ghQuotes(
  'ghq_karthikeyanparthiban_liquid_expense_manager',
  'train',
);
