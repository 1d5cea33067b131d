'use strict';
// Verbatim quotes from news.pinpaifeng.com (https://news.pinpaifeng.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_news_pinpaifeng_com', 'train');
