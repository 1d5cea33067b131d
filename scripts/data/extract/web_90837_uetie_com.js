'use strict';
// Verbatim quotes from 90837.uetie.com (repost of a 网警 note); data/quotes/web_90837_uetie_com.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_90837_uetie_com', 'train');
