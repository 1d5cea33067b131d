'use strict';
// Verbatim quotes in data/quotes/web_notizie_tiscali_it.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_notizie_tiscali_it', 'train');
