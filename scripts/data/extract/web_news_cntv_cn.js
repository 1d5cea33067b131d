'use strict';
// Verbatim quotes from news.cntv.cn (央视网, reposting 南方都市报); data/quotes/web_news_cntv_cn.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_news_cntv_cn', 'test');
