'use strict';
// Verbatim quotes from www.jsedu114.com (https://www.jsedu114.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_jsedu114_com', 'test');
