'use strict';
// Verbatim quotes from www.0744rc.cn (http://www.0744rc.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_0744rc_cn', 'train');
