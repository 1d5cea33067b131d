'use strict';
// Verbatim quotes in data/quotes/web_cm_asiae_co_kr.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_cm_asiae_co_kr', 'train');
