'use strict';
// Verbatim quotes from www.munidelun.cn (http://www.munidelun.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_munidelun_cn', 'dev');
