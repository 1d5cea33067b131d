'use strict';
// Verbatim templates in data/quotes/ghq_moutainhigh_titan_jr_project.json (see its data card).
module.exports = require('../lib/gh-quotes').ghQuotes('ghq_moutainhigh_titan_jr_project', 'train');
