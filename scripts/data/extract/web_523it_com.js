'use strict';
// Verbatim quotes from www.523it.com (https://www.523it.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_523it_com', 'dev');
