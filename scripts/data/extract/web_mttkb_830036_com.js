'use strict';
// Verbatim quotes from mttkb.830036.com (https://mttkb.830036.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_mttkb_830036_com', 'train');
