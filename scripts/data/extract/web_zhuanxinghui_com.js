'use strict';
// Verbatim quotes from zhuanxinghui.com (https://zhuanxinghui.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_zhuanxinghui_com', 'test');
