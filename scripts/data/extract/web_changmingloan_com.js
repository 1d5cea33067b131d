'use strict';
// Verbatim quotes from changmingloan.com (https://changmingloan.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_changmingloan_com', 'train');
