'use strict';
// Verbatim quotes in data/quotes/web_pipeline_mytree100_com.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_pipeline_mytree100_com', 'train');
