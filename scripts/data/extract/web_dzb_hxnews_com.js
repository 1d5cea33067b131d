'use strict';
// Verbatim quotes from dzb.hxnews.com (海峡都市报 e-paper); data/quotes/web_dzb_hxnews_com.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_dzb_hxnews_com', 'dev');
