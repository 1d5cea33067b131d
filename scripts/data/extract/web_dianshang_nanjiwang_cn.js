'use strict';
// Verbatim quotes from dianshang.nanjiwang.cn (https://dianshang.nanjiwang.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_dianshang_nanjiwang_cn', 'test');
