'use strict';
// Verbatim quotes from hifast.cn (https://hifast.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_hifast_cn', 'train');
