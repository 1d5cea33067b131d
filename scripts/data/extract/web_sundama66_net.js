'use strict';
// Verbatim quotes from www.sundama66.net (https://www.sundama66.net/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_sundama66_net', 'test');
