'use strict';
// Verbatim quotes from www.bbtnews.com.cn (http://www.bbtnews.com.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_bbtnews_com_cn', 'train');
