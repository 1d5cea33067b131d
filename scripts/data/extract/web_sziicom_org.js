'use strict';
// Verbatim quotes from www.sziicom.org (http://www.sziicom.org/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_sziicom_org', 'train');
