'use strict';
// Verbatim quotes from www.qdcaijing.com (https://www.qdcaijing.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_qdcaijing_com', 'train');
