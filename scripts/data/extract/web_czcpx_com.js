'use strict';
// Verbatim quotes from czcpx.com (repost of a 北京晨报 report); data/quotes/web_czcpx_com.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_czcpx_com', 'train');
