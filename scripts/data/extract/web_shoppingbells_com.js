'use strict';
// Verbatim quotes from www.shoppingbells.com (https://www.shoppingbells.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_shoppingbells_com', 'train');
