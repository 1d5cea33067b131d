'use strict';
// Verbatim quotes from tech.sina.com.cn (https://tech.sina.com.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_tech_sina_com_cn', 'train');
