'use strict';
// Verbatim templates in data/quotes/ghq_jasiri_lending_jasiri.json (see its data card).
module.exports = require('../lib/gh-quotes').ghQuotes('ghq_jasiri_lending_jasiri', 'train');
