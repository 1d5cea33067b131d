'use strict';
// Verbatim quotes from smkx.mdjnu.cn (https://smkx.mdjnu.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_smkx_mdjnu_cn', 'train');
