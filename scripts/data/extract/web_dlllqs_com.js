'use strict';
// Verbatim quotes from www.dlllqs.com (https://www.dlllqs.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_dlllqs_com', 'train');
