'use strict';
// Verbatim quotes from sybtv.com.cn (https://sybtv.com.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_sybtv_com_cn', 'train');
