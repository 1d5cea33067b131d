'use strict';
// Verbatim quotes from m.bjhwtx.com (https://m.bjhwtx.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_bjhwtx_com', 'test');
