'use strict';
// Verbatim quotes from fz.lnli.edu.cn (https://fz.lnli.edu.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_fz_lnli_edu_cn', 'dev');
