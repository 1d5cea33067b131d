'use strict';
// Verbatim quotes from credit.hegang.gov.cn (https://credit.hegang.gov.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_credit_hegang_gov_cn', 'train');
