'use strict';
// Verbatim quotes from taisounds.com (太報, Taiwan); data/quotes/web_taisounds_com.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_taisounds_com', 'train');
