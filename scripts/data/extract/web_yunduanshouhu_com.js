'use strict';
// Verbatim quotes from www.yunduanshouhu.com (https://www.yunduanshouhu.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_yunduanshouhu_com', 'train');
