'use strict';
// Verbatim borrower SMS / e-mail texts in data/quotes/ghq_charlsontsang_zidisha2.json (see its data card).
module.exports = require('../lib/gh-quotes').ghQuotes('ghq_charlsontsang_zidisha2', 'dev');
