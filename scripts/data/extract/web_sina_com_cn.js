'use strict';
// Verbatim quotes from sina.com.cn (https://sina.com.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_sina_com_cn', 'train');
