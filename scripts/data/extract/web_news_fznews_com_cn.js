'use strict';
// Verbatim quotes from news.fznews.com.cn (https://news.fznews.com.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_news_fznews_com_cn', 'test');
