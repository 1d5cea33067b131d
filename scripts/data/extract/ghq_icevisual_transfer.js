'use strict';
// Verbatim templates in data/quotes/ghq_icevisual_transfer.json (see its data card).
module.exports = require('../lib/gh-quotes').ghQuotes('ghq_icevisual_transfer', 'train');
