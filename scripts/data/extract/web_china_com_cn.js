'use strict';
// Verbatim quotes from www.china.com.cn (http://www.china.com.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_china_com_cn', 'test');
