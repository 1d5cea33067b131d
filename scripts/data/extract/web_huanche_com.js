'use strict';
// Verbatim quotes from huanche.com (car-site lifestyle repost of a 合肥医保 warning); data/quotes/web_huanche_com.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_huanche_com', 'dev');
