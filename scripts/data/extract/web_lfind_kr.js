'use strict';
// Verbatim quotes in data/quotes/web_lfind_kr.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_lfind_kr', 'train');
