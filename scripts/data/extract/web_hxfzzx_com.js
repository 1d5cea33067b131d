'use strict';
// Verbatim quotes from www.hxfzzx.com (https://www.hxfzzx.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_hxfzzx_com', 'train');
