'use strict';
// Verbatim quotes from www.wzask.com (https://www.wzask.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_wzask_com', 'train');
