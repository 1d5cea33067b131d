'use strict';
// Verbatim quotes from xiaofei.caiding5.cn (https://xiaofei.caiding5.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_xiaofei_caiding5_cn', 'train');
