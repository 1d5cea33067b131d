'use strict';
// Verbatim quotes from 80yoo.com (https://80yoo.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_80yoo_com', 'train');
