'use strict';
// Verbatim SMS templates in data/quotes/ghq_jjmnbv_ycjt_saas.json (see its data card).
module.exports = require('../lib/gh-quotes').ghQuotes('ghq_jjmnbv_ycjt_saas', 'test');
