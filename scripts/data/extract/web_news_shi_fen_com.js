'use strict';
// Verbatim quotes from m.news.shi-fen.com (https://m.news.shi-fen.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_news_shi_fen_com', 'dev');
