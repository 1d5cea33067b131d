'use strict';
// Verbatim quotes from m.163.com (https://m.163.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_163_com', 'test');
