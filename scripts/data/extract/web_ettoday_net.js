'use strict';
// Verbatim quotes in data/quotes/web_ettoday_net.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_ettoday_net', 'dev');
