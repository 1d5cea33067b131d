'use strict';
// Verbatim SMS quoted in data/quotes/ghq_wangsc1985_myphone.json (see its data card).
module.exports = require('../lib/gh-quotes').ghQuotes('ghq_wangsc1985_myphone', 'test');
