'use strict';
// Verbatim quotes from xinss.com (https://xinss.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_xinss_com', 'train');
