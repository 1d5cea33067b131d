'use strict';
// Verbatim quotes from bsnsh.com (https://bsnsh.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_bsnsh_com', 'train');
