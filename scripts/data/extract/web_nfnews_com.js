'use strict';
// Verbatim quotes from www.nfnews.com (https://www.nfnews.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_nfnews_com', 'train');
