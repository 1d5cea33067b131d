'use strict';
// Verbatim quotes from sjlhw.com (https://sjlhw.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_sjlhw_com', 'train');
