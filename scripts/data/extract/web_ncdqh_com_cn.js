'use strict';
// Verbatim quotes from ncdqh.com.cn (https://ncdqh.com.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_ncdqh_com_cn', 'train');
