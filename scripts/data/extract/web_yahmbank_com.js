'use strict';
// Verbatim quotes from yahmbank.com (http://yahmbank.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_yahmbank_com', 'test');
