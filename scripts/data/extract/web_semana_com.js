'use strict';
// Verbatim quotes in data/quotes/web_semana_com.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_semana_com', 'train');
