'use strict';
// Verbatim quotes in data/quotes/web_yybnet_net.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_yybnet_net', 'test');
