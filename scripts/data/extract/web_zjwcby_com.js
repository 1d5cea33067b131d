'use strict';
// Verbatim quotes from www.zjwcby.com (http://www.zjwcby.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_zjwcby_com', 'train');
