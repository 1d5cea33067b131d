'use strict';
// Verbatim quotes from hrbcredit.gov.cn (https://hrbcredit.gov.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_hrbcredit_gov_cn', 'train');
