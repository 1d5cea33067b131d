'use strict';
// Verbatim quotes in data/quotes/web_majoriti_com_my.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_majoriti_com_my', 'train');
