'use strict';
// Verbatim quotes from tenutaleone.com (https://tenutaleone.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_tenutaleone_com', 'train');
