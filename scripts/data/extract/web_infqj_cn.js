'use strict';
// Verbatim quotes from www.infqj.cn (http://www.infqj.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_infqj_cn', 'dev');
