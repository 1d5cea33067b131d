'use strict';
// Verbatim quotes from szb.ahnews.com.cn (https://szb.ahnews.com.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_szb_ahnews_com_cn', 'train');
