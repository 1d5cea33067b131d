'use strict';
// Verbatim quotes from police.hangzhou.gov.cn (https://police.hangzhou.gov.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_police_hangzhou_gov_cn', 'train');
