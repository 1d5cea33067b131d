'use strict';
// Verbatim quotes from zixun.kunming.cn (昆明信息港); data/quotes/web_zixun_kunming_cn.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_zixun_kunming_cn', 'train');
