'use strict';
// Verbatim quotes from cjgcw.com (https://cjgcw.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_cjgcw_com', 'dev');
