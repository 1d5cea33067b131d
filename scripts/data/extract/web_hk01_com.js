'use strict';
// Verbatim quotes from hk01.com (https://hk01.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_hk01_com', 'train');
