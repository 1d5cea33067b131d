'use strict';
// Verbatim quotes from xian.baogaosu.com (http://xian.baogaosu.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_xian_baogaosu_com', 'train');
