'use strict';
// Verbatim quotes from hnshanz.top (https://hnshanz.top/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_hnshanz_top', 'train');
