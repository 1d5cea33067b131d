'use strict';
// Verbatim quotes from m.anhuiqq.cn (https://m.anhuiqq.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_m_anhuiqq_cn', 'train');
