'use strict';
// Verbatim quotes from taiwan.cn (https://taiwan.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_taiwan_cn', 'train');
