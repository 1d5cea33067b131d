'use strict';
// Verbatim quotes from m.jmcsw.cn (http://m.jmcsw.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_m_jmcsw_cn', 'test');
