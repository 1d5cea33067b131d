'use strict';
// Verbatim quotes from jump.mingpao.com (https://jump.mingpao.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_jump_mingpao_com', 'dev');
