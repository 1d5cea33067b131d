'use strict';
// Verbatim quotes from wokahuishou.com (https://wokahuishou.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_wokahuishou_com', 'test');
