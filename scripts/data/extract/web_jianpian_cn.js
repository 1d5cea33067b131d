'use strict';
// Verbatim quotes from jianpian.cn (anti-fraud case site, reposting a 嘉兴银行 绍兴上虞支行 warning); data/quotes/web_jianpian_cn.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_jianpian_cn', 'test');
