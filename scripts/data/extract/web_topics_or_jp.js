'use strict';
// Verbatim quotes in data/quotes/web_topics_or_jp.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_topics_or_jp', 'dev');
