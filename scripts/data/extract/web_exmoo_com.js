'use strict';
// Verbatim quotes from www.exmoo.com (https://www.exmoo.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_exmoo_com', 'train');
