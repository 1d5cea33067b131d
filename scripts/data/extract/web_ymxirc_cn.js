'use strict';
// Verbatim quotes from www.ymxirc.cn (https://www.ymxirc.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_ymxirc_cn', 'train');
