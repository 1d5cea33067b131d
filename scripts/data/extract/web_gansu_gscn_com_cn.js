'use strict';
// Verbatim quotes from gansu.gscn.com.cn (http://gansu.gscn.com.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_gansu_gscn_com_cn', 'dev');
