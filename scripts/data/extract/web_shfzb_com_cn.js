'use strict';
// Verbatim quotes from www.shfzb.com.cn (http://www.shfzb.com.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_shfzb_com_cn', 'train');
