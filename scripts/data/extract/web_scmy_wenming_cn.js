'use strict';
// Verbatim quotes from scmy.wenming.cn (https://scmy.wenming.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_scmy_wenming_cn', 'dev');
