'use strict';
// Verbatim quotes from zmdnews.cn (驻马店网); data/quotes/web_zmdnews_cn.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_zmdnews_cn', 'test');
