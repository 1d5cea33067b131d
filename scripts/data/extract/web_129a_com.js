'use strict';
// Verbatim quotes from 129a.com (https://129a.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_129a_com', 'train');
