'use strict';
// Verbatim quotes from m.tftnews.com (tft每日头条, Traditional rendering); data/quotes/web_m_tftnews_com.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_m_tftnews_com', 'dev');
