'use strict';
// Verbatim quotes from news.cnnb.com.cn (https://news.cnnb.com.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_news_cnnb_com_cn', 'test');
