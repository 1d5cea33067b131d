'use strict';
// Verbatim quotes from heilongjiang.big5.dbw.cn (https://heilongjiang.big5.dbw.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_dbw_cn', 'test');
