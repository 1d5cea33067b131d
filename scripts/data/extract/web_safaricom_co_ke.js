'use strict';
// Verbatim quotes in data/quotes/web_safaricom_co_ke.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_safaricom_co_ke', 'train');
