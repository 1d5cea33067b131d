'use strict';
// Verbatim quotes from gaj.changzhou.gov.cn (https://gaj.changzhou.gov.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_gaj_changzhou_gov_cn', 'train');
