'use strict';
// Verbatim quotes from usb300.com (https://usb300.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_usb300_com', 'test');
