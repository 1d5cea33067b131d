'use strict';
// Verbatim templates in data/quotes/ghq_tiramisuy_loans_suniu.json (see its data card).
module.exports = require('../lib/gh-quotes').ghQuotes('ghq_tiramisuy_loans_suniu', 'test');
