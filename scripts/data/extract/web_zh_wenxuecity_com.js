'use strict';
// Verbatim quotes from zh.wenxuecity.com (https://zh.wenxuecity.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_zh_wenxuecity_com', 'dev');
