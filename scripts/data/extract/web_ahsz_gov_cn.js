'use strict';
// Verbatim quotes from www.ahsz.gov.cn (https://www.ahsz.gov.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_ahsz_gov_cn', 'train');
