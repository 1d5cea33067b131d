'use strict';
// Verbatim quotes from cqn.com.cn (中国质量新闻网, 新华社 repost); data/quotes/web_cqn_com_cn.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_cqn_com_cn', 'dev');
