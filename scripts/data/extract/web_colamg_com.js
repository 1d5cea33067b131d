'use strict';
// Verbatim quotes from colamg.com (mirror of a Taiwan TV news report, Traditional); data/quotes/web_colamg_com.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_colamg_com', 'train');
