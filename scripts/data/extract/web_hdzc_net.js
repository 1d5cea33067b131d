'use strict';
// Verbatim quotes from hdzc.net (https://hdzc.net/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_hdzc_net', 'train');
