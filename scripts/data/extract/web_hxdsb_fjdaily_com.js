'use strict';
// Verbatim quotes from hxdsb.fjdaily.com (https://hxdsb.fjdaily.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_hxdsb_fjdaily_com', 'train');
