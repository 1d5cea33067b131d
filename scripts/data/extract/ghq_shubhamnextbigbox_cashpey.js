'use strict';
// Verbatim templates in data/quotes/ghq_shubhamnextbigbox_cashpey.json (see its data card).
module.exports = require('../lib/gh-quotes').ghQuotes('ghq_shubhamnextbigbox_cashpey', 'dev');
