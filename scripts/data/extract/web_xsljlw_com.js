'use strict';
// Verbatim quotes from xsljlw.com (https://xsljlw.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_xsljlw_com', 'train');
