'use strict';
// Verbatim quotes from m.ipma-canada.com (repost of 湖北移动 / CWW, Traditional rendering); data/quotes/web_m_ipma_canada_com.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_m_ipma_canada_com', 'train');
