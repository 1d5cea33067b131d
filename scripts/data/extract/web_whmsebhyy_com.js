'use strict';
// Verbatim quotes from whmsebhyy.com (https://whmsebhyy.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_whmsebhyy_com', 'train');
