'use strict';
// Verbatim quotes from www.stheadline.com (https://www.stheadline.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_stheadline_com', 'dev');
