'use strict';
// Verbatim quotes in data/quotes/web_cand_com_vn.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_cand_com_vn', 'train');
