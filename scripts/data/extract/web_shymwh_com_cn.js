'use strict';
// Verbatim quotes from shymwh.com.cn (https://shymwh.com.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_shymwh_com_cn', 'train');
