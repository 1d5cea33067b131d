'use strict';
// Verbatim quotes from i-part.com.tw (https://i-part.com.tw/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_i_part_com_tw', 'train');
