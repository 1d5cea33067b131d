'use strict';
// Verbatim quotes from m.quangouzu.com (http://m.quangouzu.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_m_quangouzu_com', 'dev');
