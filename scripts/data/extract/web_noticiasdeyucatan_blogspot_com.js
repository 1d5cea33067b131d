'use strict';
// Verbatim quotes in data/quotes/web_noticiasdeyucatan_blogspot_com.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes(
  'web_noticiasdeyucatan_blogspot_com',
  'test',
);
