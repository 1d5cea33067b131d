'use strict';
// Verbatim quotes from ec.ltn.com.tw (https://ec.ltn.com.tw/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_ec_ltn_com_tw', 'test');
