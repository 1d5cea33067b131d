'use strict';
// Verbatim templates in data/quotes/ghq_merrybiao_beadwalletloanapp.json (see its data card).
module.exports = require('../lib/gh-quotes').ghQuotes('ghq_merrybiao_beadwalletloanapp', 'train');
