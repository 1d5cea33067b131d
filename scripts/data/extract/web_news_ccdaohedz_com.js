'use strict';
// Verbatim quotes from news.ccdaohedz.com (http://news.ccdaohedz.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_news_ccdaohedz_com', 'test');
