'use strict';
// Verbatim quotes from gaj.ankang.gov.cn (安康市公安局); data/quotes/web_gaj_ankang_gov_cn.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_gaj_ankang_gov_cn', 'test');
