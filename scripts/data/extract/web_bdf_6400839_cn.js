'use strict';
// Verbatim quotes from bdf.6400839.cn (content farm reposting a 360 手机安全报告 news item); data/quotes/web_bdf_6400839_cn.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_bdf_6400839_cn', 'dev');
