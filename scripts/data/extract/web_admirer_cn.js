'use strict';
// Verbatim quotes from www.admirer.cn (http://www.admirer.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_admirer_cn', 'dev');
