'use strict';
// Verbatim quotes from www.98ni.com (https://www.98ni.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_98ni_com', 'test');
