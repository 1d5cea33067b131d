'use strict';
// Verbatim quotes from www.grasshopperbait.com (https://www.grasshopperbait.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_grasshopperbait_com', 'train');
