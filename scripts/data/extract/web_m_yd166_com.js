'use strict';
// Verbatim quotes from m.yd166.com (https://m.yd166.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_m_yd166_com', 'train');
