'use strict';
// Verbatim quotes from 10345.cn (https://10345.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_10345_cn', 'dev');
