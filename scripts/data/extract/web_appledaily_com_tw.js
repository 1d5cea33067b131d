'use strict';
// Verbatim quotes from appledaily.com.tw (蘋果日報 Taiwan); data/quotes/web_appledaily_com_tw.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_appledaily_com_tw', 'train');
