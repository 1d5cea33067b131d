'use strict';
// Verbatim quotes from wiki.exinshi.com (https://wiki.exinshi.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_wiki_exinshi_com', 'train');
