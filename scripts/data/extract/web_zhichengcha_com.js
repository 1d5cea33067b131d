'use strict';
// Verbatim quotes from www.zhichengcha.com (https://www.zhichengcha.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_zhichengcha_com', 'train');
