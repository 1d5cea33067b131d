'use strict';
// Verbatim quotes from www.kkfapp.com (https://www.kkfapp.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_kkfapp_com', 'dev');
