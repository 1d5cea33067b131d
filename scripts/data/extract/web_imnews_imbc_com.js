'use strict';
// Verbatim quotes in data/quotes/web_imnews_imbc_com.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_imnews_imbc_com', 'train');
