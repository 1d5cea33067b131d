'use strict';
// Verbatim quotes from www.xinxi1368.com (https://www.xinxi1368.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_xinxi1368_com', 'train');
