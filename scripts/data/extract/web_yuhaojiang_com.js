'use strict';
// Verbatim quotes from yuhaojiang.com (https://yuhaojiang.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_yuhaojiang_com', 'dev');
