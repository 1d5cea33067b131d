'use strict';
// Verbatim quotes from news.43u.com.cn (aggregator repost of a police WeChat article); data/quotes/web_news_43u_com_cn.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_news_43u_com_cn', 'train');
