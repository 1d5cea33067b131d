'use strict';
// Verbatim templates in data/quotes/ghq_renruiquan_studentloan.json (see its data card).
module.exports = require('../lib/gh-quotes').ghQuotes('ghq_renruiquan_studentloan', 'train');
