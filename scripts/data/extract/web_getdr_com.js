'use strict';
// Verbatim quotes from getdr.com (https://getdr.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_getdr_com', 'train');
