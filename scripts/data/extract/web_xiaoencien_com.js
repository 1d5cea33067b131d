'use strict';
// Verbatim quotes from www.xiaoencien.com (https://www.xiaoencien.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_xiaoencien_com', 'test');
