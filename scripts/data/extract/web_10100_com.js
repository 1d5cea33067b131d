'use strict';
// Verbatim quotes from www.10100.com (https://www.10100.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_10100_com', 'train');
