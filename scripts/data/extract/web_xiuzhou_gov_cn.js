'use strict';
// Verbatim quotes from www.xiuzhou.gov.cn (https://www.xiuzhou.gov.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_xiuzhou_gov_cn', 'train');
