'use strict';
// Verbatim quotes in data/quotes/web_eluniversal_com_mx.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_eluniversal_com_mx', 'test');
