'use strict';
// Verbatim quotes from b8iz8ocd.cn (http://b8iz8ocd.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_b8iz8ocd_cn', 'test');
