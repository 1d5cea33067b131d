'use strict';
// Verbatim quotes from www.52marketing.com (https://www.52marketing.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_52marketing_com', 'train');
