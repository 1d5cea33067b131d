'use strict';
// Verbatim quotes from oy7zl.com.cn (http://oy7zl.com.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_oy7zl_com_cn', 'test');
