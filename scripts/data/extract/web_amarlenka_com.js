'use strict';
// Verbatim quotes from amarlenka.com (https://amarlenka.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_amarlenka_com', 'train');
