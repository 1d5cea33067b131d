'use strict';
// Verbatim quotes from 8news.net (https://8news.net/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_8news_net', 'train');
