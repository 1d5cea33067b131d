'use strict';
// Verbatim quotes from yimholife.com (personal blog, Hong Kong writer in Shanghai); data/quotes/web_yimholife_com.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_yimholife_com', 'train');
