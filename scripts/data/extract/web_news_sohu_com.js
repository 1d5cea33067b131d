'use strict';
// Verbatim quotes from news.sohu.com (https://news.sohu.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_news_sohu_com', 'test');
