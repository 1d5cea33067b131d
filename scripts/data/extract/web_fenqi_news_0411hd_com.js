'use strict';
// Verbatim quotes from fenqi.news.0411hd.com (https://fenqi.news.0411hd.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_fenqi_news_0411hd_com', 'dev');
