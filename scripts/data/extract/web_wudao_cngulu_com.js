'use strict';
// Verbatim quotes from www.wudao.cngulu.com (http://www.wudao.cngulu.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_wudao_cngulu_com', 'train');
