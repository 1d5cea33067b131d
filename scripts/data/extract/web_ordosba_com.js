'use strict';
// Verbatim quotes from ordosba.com (https://ordosba.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_ordosba_com', 'test');
