'use strict';
// Verbatim quotes from bbs.ty7.cn (https://bbs.ty7.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_bbs_ty7_cn', 'train');
