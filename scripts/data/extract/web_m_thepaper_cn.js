'use strict';
// Verbatim quotes from m.thepaper.cn (https://m.thepaper.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_m_thepaper_cn', 'test');
