'use strict';
// Verbatim quotes from 39.103.169.235 (mirror of a 简书 personal essay); data/quotes/web_39_103_169_235.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_39_103_169_235', 'dev');
