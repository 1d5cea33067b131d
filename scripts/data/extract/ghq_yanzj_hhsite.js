'use strict';
// Verbatim templates in data/quotes/ghq_yanzj_hhsite.json (see its data card).
module.exports = require('../lib/gh-quotes').ghQuotes('ghq_yanzj_hhsite', 'dev');
