'use strict';
// Verbatim quotes from www.coopersfurniturerepair.com (https://www.coopersfurniturerepair.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_coopersfurniturerepair_com', 'train');
