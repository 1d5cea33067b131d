'use strict';
// Verbatim quotes from hiis.org.cn (repost of a 12321 举报中心 warning); data/quotes/web_hiis_org_cn.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_hiis_org_cn', 'train');
