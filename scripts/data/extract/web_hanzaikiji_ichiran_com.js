'use strict';
// Verbatim quotes in data/quotes/web_hanzaikiji_ichiran_com.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_hanzaikiji_ichiran_com', 'train');
