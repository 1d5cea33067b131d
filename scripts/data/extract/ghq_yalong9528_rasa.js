'use strict';
// Verbatim robot replies in data/quotes/ghq_yalong9528_rasa.json (see its data card).
module.exports = require('../lib/gh-quotes').ghQuotes('ghq_yalong9528_rasa', 'test');
