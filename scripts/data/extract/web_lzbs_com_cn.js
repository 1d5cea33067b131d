'use strict';
// Verbatim quotes from www.lzbs.com.cn (https://www.lzbs.com.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_lzbs_com_cn', 'train');
