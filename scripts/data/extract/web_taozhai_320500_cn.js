'use strict';
// Verbatim quotes from taozhai.320500.cn (https://taozhai.320500.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_taozhai_320500_cn', 'train');
