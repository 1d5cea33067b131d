'use strict';
// Verbatim quotes from 110.com (https://110.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_110_com', 'train');
