'use strict';
// Verbatim quotes from m.qzcns.com (http://m.qzcns.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_m_qzcns_com', 'train');
