'use strict';
// Verbatim quotes from bjnews.com.cn (https://bjnews.com.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_bjnews_com_cn', 'dev');
