'use strict';
// Verbatim quotes in data/quotes/web_asadal_bloter_net.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_asadal_bloter_net', 'dev');
