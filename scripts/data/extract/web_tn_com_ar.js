'use strict';
// Verbatim quotes in data/quotes/web_tn_com_ar.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_tn_com_ar', 'test');
