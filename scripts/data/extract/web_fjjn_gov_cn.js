'use strict';
// Verbatim quotes from www.fjjn.gov.cn (https://www.fjjn.gov.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_fjjn_gov_cn', 'train');
