'use strict';
// Verbatim quotes from cslai.org (http://cslai.org/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_cslai_org', 'train');
