'use strict';
// Verbatim quotes from finance.voc.com.cn (https://finance.voc.com.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_finance_voc_com_cn', 'train');
