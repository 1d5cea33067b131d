'use strict';
// Verbatim quotes from www.ourjiangsu.com (https://www.ourjiangsu.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_ourjiangsu_com', 'train');
