'use strict';
// Verbatim quotes from info.matters.news (https://info.matters.news/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_info_matters_news', 'train');
