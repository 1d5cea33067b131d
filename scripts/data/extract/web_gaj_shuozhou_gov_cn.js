'use strict';
// Verbatim quotes from gaj.shuozhou.gov.cn (https://gaj.shuozhou.gov.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_gaj_shuozhou_gov_cn', 'train');
