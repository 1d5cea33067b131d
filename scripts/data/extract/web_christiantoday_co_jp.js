'use strict';
// Verbatim quotes in data/quotes/web_christiantoday_co_jp.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_christiantoday_co_jp', 'test');
