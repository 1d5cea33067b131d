'use strict';
// Verbatim quotes in data/quotes/web_plazajuarez_mx.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_plazajuarez_mx', 'dev');
