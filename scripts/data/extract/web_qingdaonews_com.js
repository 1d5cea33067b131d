'use strict';
// Verbatim quotes from qingdaonews.com (https://qingdaonews.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_qingdaonews_com', 'train');
