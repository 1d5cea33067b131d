'use strict';
// Verbatim quotes from newssc.org (四川新闻网); data/quotes/web_dy_newssc_org.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_dy_newssc_org', 'train');
