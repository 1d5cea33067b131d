'use strict';
// Verbatim quotes from szrb.sz-news.com.cn (深圳日报); data/quotes/web_szrb_sz_news_com_cn.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_szrb_sz_news_com_cn', 'test');
