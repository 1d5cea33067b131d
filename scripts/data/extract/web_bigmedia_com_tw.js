'use strict';
// Verbatim quotes from bigmedia.com.tw (https://bigmedia.com.tw/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_bigmedia_com_tw', 'train');
