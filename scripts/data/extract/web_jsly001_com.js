'use strict';
// Verbatim quotes from jsly001.com (https://jsly001.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_jsly001_com', 'train');
