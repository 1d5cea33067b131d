'use strict';
// Verbatim quotes in data/quotes/web_mothership_sg.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_mothership_sg', 'train');
