'use strict';
// Verbatim quotes from www.fgyfs.cn (http://www.fgyfs.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_fgyfs_cn', 'train');
