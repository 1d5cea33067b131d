'use strict';
// Verbatim quotes from wufazhuce.com (https://wufazhuce.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_wufazhuce_com', 'test');
