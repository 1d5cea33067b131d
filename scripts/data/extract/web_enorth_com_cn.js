'use strict';
// Verbatim quotes from enorth.com.cn (北方网, Tianjin); data/quotes/web_enorth_com_cn.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_enorth_com_cn', 'dev');
