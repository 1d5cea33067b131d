'use strict';
// Verbatim quotes from credit.sc.gov.cn (信用四川, reposting 永州市公安局); data/quotes/web_credit_sc_gov_cn.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_credit_sc_gov_cn', 'test');
