'use strict';
// Verbatim quotes from tangpingzhijia.com (https://www.tangpingzhijia.com/post/6671.html); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_tangpingzhijia_com', 'train');
