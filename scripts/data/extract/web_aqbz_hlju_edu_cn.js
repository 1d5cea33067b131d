'use strict';
// Verbatim quotes from aqbz.hlju.edu.cn (https://aqbz.hlju.edu.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_aqbz_hlju_edu_cn', 'test');
