'use strict';
// Verbatim quotes from carolmusyoka.com (http://carolmusyoka.com/tag/defaulting/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_carolmusyoka_com', 'train');
