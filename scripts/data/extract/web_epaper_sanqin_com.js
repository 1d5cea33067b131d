'use strict';
// Verbatim quotes from epaper.sanqin.com (三秦都市报); data/quotes/web_epaper_sanqin_com.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_epaper_sanqin_com', 'test');
