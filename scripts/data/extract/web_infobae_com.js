'use strict';
// Verbatim quotes in data/quotes/web_infobae_com.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_infobae_com', 'dev');
