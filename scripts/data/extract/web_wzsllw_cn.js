'use strict';
// Verbatim quotes from wzsllw.cn (http://wzsllw.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_wzsllw_cn', 'train');
