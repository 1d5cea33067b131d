'use strict';
// Verbatim quotes from www.balmokpump.com (http://www.balmokpump.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_balmokpump_com', 'train');
