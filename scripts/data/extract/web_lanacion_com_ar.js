'use strict';
// Verbatim quotes in data/quotes/web_lanacion_com_ar.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_lanacion_com_ar', 'train');
