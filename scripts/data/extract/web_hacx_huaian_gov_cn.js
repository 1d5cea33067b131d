'use strict';
// Verbatim quotes from hacx.huaian.gov.cn (http://hacx.huaian.gov.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_hacx_huaian_gov_cn', 'train');
