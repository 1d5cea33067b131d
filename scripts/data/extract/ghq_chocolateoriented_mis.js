'use strict';
// Verbatim templates in data/quotes/ghq_chocolateoriented_mis.json (see its data card).
module.exports = require('../lib/gh-quotes').ghQuotes('ghq_chocolateoriented_mis', 'train');
