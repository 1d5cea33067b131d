'use strict';
// Verbatim templates in data/quotes/ghq_sajinavi2006_julomvp.json (see its data card).
module.exports = require('../lib/gh-quotes').ghQuotes('ghq_sajinavi2006_julomvp', 'train');
