'use strict';
// Verbatim quotes from wxredian.com (https://wxredian.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_wxredian_com', 'train');
