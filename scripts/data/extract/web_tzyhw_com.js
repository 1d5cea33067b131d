'use strict';
// Verbatim quotes from www.tzyhw.com (http://www.tzyhw.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_tzyhw_com', 'train');
