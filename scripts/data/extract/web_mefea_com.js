'use strict';
// Verbatim quotes from mefea.com (mirror of a 中国日报 / local news report); data/quotes/web_mefea_com.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_mefea_com', 'dev');
