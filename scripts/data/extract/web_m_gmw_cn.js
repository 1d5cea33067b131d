'use strict';
// Verbatim quotes from m.gmw.cn (https://m.gmw.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_m_gmw_cn', 'train');
