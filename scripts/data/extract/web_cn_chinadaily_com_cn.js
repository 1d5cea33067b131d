'use strict';
// Verbatim quotes from cn.chinadaily.com.cn (https://cn.chinadaily.com.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_cn_chinadaily_com_cn', 'train');
