'use strict';
// Verbatim quotes from xiaotubaobei.com (https://xiaotubaobei.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_xiaotubaobei_com', 'dev');
