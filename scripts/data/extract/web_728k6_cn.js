'use strict';
// Verbatim quotes from 728k6.cn (personal diary page, 2008); data/quotes/web_728k6_cn.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_728k6_cn', 'test');
