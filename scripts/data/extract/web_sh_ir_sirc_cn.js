'use strict';
// Verbatim quotes from sh-ir-sirc.cn (https://sh-ir-sirc.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_sh_ir_sirc_cn', 'dev');
