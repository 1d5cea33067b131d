'use strict';
// Verbatim quotes from lingw.com.cn (https://lingw.com.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_lingw_com_cn', 'train');
