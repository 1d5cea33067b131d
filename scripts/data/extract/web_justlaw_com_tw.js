'use strict';
// Verbatim quotes in data/quotes/web_justlaw_com_tw.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_justlaw_com_tw', 'dev');
