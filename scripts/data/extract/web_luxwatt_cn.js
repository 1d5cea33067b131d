'use strict';
// Verbatim quotes in data/quotes/web_luxwatt_cn.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_luxwatt_cn', 'train');
