'use strict';
// Verbatim templates in data/quotes/ghq_le_yo_mifosmarketplace.json (see its data card).
module.exports = require('../lib/gh-quotes').ghQuotes('ghq_le_yo_mifosmarketplace', 'train');
