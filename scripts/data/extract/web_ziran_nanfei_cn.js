'use strict';
// Verbatim quotes from ziran.nanfei.cn (http://ziran.nanfei.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_ziran_nanfei_cn', 'train');
