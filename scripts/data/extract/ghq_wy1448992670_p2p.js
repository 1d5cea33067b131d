'use strict';
// Verbatim templates in data/quotes/ghq_wy1448992670_p2p.json (see its data card).
module.exports = require('../lib/gh-quotes').ghQuotes('ghq_wy1448992670_p2p', 'dev');
