'use strict';
// Verbatim quotes in data/quotes/web_jateng_inews_id.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_jateng_inews_id', 'test');
