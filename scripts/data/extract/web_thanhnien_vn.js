'use strict';
// Verbatim quotes in data/quotes/web_thanhnien_vn.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_thanhnien_vn', 'train');
