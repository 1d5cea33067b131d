'use strict';
// Verbatim quotes from xinwen.bjd.com.cn (https://xinwen.bjd.com.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_xinwen_bjd_com_cn', 'train');
