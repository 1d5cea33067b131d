'use strict';
// Verbatim quotes from chinanews.com.cn (https://chinanews.com.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_chinanews_com_cn', 'dev');
