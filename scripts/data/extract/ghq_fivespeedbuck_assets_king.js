'use strict';
// Verbatim SMS and app notices quoted in data/quotes/ghq_fivespeedbuck_assets_king.json (see its data card).
module.exports = require('../lib/gh-quotes').ghQuotes('ghq_fivespeedbuck_assets_king', 'test');
