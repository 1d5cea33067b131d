'use strict';
// Verbatim quotes from setn.com (https://setn.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_setn_com', 'train');
