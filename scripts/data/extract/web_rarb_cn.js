'use strict';
// Verbatim quotes from www.rarb.cn (https://www.rarb.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_rarb_cn', 'train');
