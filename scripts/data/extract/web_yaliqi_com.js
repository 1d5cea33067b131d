'use strict';
// Verbatim quotes from yaliqi.com (https://yaliqi.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_yaliqi_com', 'train');
