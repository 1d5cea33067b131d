'use strict';
// Verbatim quotes from i3g.com.cn (https://i3g.com.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_i3g_com_cn', 'train');
