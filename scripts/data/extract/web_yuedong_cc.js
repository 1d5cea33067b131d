'use strict';
// Verbatim quotes in data/quotes/web_yuedong_cc.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_yuedong_cc', 'train');
