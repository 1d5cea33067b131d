'use strict';
// Verbatim quotes from xmwb.xinmin.cn (新民晚报 e-paper, essay page); data/quotes/web_xmwb_xinmin_cn.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_xmwb_xinmin_cn', 'test');
