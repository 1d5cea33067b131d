'use strict';
// Verbatim quotes from szb.jsw.com.cn (镇江日报 e-paper); data/quotes/web_szb_jsw_com_cn.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_szb_jsw_com_cn', 'train');
