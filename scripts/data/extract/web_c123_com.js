'use strict';
// Verbatim quotes from c123.com (SMS-platform help page reposting a 太原 news report); data/quotes/web_c123_com.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_c123_com', 'train');
