'use strict';
// Verbatim quotes from daijiworld.com (https://daijiworld.com./news/newsDisplay?newsID=39977); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_daijiworld_com', 'train');
