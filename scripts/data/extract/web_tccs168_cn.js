'use strict';
// Verbatim quotes from tccs168.cn (https://tccs168.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_tccs168_cn', 'dev');
