'use strict';
// Verbatim quotes from aia.com.cn (友邦保险 consumer-risk education); data/quotes/web_aia_com_cn.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_aia_com_cn', 'train');
