'use strict';
// Verbatim quotes from www.weibianwang.cn (https://www.weibianwang.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_weibianwang_cn', 'dev');
