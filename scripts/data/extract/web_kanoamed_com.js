'use strict';
// Verbatim quotes from kanoamed.com (https://kanoamed.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_kanoamed_com', 'dev');
