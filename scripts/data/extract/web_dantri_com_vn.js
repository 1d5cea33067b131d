'use strict';
// Verbatim quotes in data/quotes/web_dantri_com_vn.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_dantri_com_vn', 'train');
