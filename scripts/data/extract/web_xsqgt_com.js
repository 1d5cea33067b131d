'use strict';
// Verbatim quotes from xsqgt.com (https://xsqgt.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_xsqgt_com', 'train');
