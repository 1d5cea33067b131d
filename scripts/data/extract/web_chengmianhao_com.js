'use strict';
// Verbatim quotes from www.chengmianhao.com (http://www.chengmianhao.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_chengmianhao_com', 'dev');
