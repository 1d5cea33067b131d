'use strict';
// Verbatim quotes from taihainet.com (台海网, 海峡导报 report); data/quotes/web_taihainet_com.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_taihainet_com', 'train');
