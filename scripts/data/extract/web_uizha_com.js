'use strict';
// Verbatim quotes from uizha.com (content aggregator; a student's first-person post); data/quotes/web_uizha_com.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_uizha_com', 'dev');
