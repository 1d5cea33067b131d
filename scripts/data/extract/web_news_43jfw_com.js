'use strict';
// Verbatim quotes from news.43jfw.com (https://news.43jfw.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_news_43jfw_com', 'train');
