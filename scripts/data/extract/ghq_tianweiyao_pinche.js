'use strict';
// Verbatim templates in data/quotes/ghq_tianweiyao_pinche.json (see its data card).
module.exports = require('../lib/gh-quotes').ghQuotes('ghq_tianweiyao_pinche', 'dev');
