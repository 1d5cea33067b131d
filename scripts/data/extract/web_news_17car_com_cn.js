'use strict';
// Verbatim quotes from news.17car.com.cn (http://news.17car.com.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_news_17car_com_cn', 'test');
