'use strict';
// Verbatim quotes in data/quotes/web_prufy_ru.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_prufy_ru', 'train');
