'use strict';
// Verbatim quotes from www.joammi.com (https://www.joammi.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_joammi_com', 'train');
