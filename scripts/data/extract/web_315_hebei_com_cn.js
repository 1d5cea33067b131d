'use strict';
// Verbatim quotes from 315.hebei.com.cn (https://315.hebei.com.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_315_hebei_com_cn', 'train');
