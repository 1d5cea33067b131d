'use strict';
// Verbatim quotes in data/quotes/web_poskota_co_id.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_poskota_co_id', 'train');
