'use strict';
// Verbatim quotes from zix.sfdy.org.cn (http://zix.sfdy.org.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_zix_sfdy_org_cn', 'dev');
