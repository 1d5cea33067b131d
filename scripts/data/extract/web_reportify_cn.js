'use strict';
// Verbatim quotes from reportify.cn (https://reportify.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_reportify_cn', 'dev');
