'use strict';
// Verbatim quotes from fidreport.com (https://fidreport.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_fidreport_com', 'train');
