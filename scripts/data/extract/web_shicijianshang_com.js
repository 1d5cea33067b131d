'use strict';
// Verbatim quotes from www.shicijianshang.com (http://www.shicijianshang.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_shicijianshang_com', 'train');
