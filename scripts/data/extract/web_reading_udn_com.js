'use strict';
// Verbatim quotes from reading.udn.com (https://reading.udn.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_reading_udn_com', 'dev');
