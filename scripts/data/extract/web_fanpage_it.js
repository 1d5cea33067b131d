'use strict';
// Verbatim quotes in data/quotes/web_fanpage_it.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_fanpage_it', 'dev');
