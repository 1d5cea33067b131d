'use strict';
// Verbatim quotes in data/quotes/web_archive_chosun_com.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_archive_chosun_com', 'train');
