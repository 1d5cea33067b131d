'use strict';
// Verbatim quotes from studyofnet.com (https://studyofnet.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_studyofnet_com', 'test');
