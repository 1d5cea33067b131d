'use strict';
// Verbatim quotes from m.zz.mnw.cn (https://m.zz.mnw.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_m_zz_mnw_cn', 'train');
