'use strict';
// Verbatim templates in data/quotes/ghq_vasilsokolov_testproject.json (see its data card).
module.exports = require('../lib/gh-quotes').ghQuotes('ghq_vasilsokolov_testproject', 'train');
