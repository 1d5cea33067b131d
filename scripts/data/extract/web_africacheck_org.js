'use strict';
// Verbatim quotes in data/quotes/web_africacheck_org.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_africacheck_org', 'train');
