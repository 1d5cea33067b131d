'use strict';
// Verbatim quotes from cqtresearch.com (http://cqtresearch.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_cqtresearch_com', 'train');
