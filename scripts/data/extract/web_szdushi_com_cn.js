'use strict';
// Verbatim quotes from szdushi.com.cn (https://szdushi.com.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_szdushi_com_cn', 'train');
