'use strict';
// Verbatim quotes from kuaish.com (https://kuaish.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_kuaish_com', 'train');
