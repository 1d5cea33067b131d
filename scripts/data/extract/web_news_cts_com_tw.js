'use strict';
// Verbatim quotes from news.cts.com.tw (https://news.cts.com.tw/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_news_cts_com_tw', 'train');
