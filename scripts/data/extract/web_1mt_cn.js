'use strict';
// Verbatim quotes from 1mt.cn (http://1mt.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_1mt_cn', 'train');
