'use strict';
// Verbatim quotes from www.hanhuazuwang.cn (https://www.hanhuazuwang.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_hanhuazuwang_cn', 'train');
