'use strict';
// Verbatim quotes in data/quotes/web_zmmx_net.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_zmmx_net', 'train');
