'use strict';
// Verbatim templates in data/quotes/ghq_tksagake_bb_crm.json (see its data card).
module.exports = require('../lib/gh-quotes').ghQuotes('ghq_tksagake_bb_crm', 'dev');
