'use strict';
// Verbatim quotes from www.fjhxbank.com (http://www.fjhxbank.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_fjhxbank_com', 'dev');
