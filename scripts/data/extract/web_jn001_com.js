'use strict';
// Verbatim quotes from jn001.com (济宁晚报 e-paper); data/quotes/web_jn001_com.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_jn001_com', 'test');
