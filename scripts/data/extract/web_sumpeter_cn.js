'use strict';
// Verbatim quotes from sumpeter.cn (personal blog); data/quotes/web_sumpeter_cn.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_sumpeter_cn', 'dev');
