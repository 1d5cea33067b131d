'use strict';
// Verbatim quotes in data/quotes/web_fame_grid_id.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_fame_grid_id', 'test');
