'use strict';
// Verbatim quotes from zh.wiewird.com (repost of a 衛生福利部中央健康保險署 press release); data/quotes/web_zh_wiewird_com.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_zh_wiewird_com', 'test');
