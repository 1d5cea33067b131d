'use strict';
// Verbatim quotes from m.shbear.com (http://m.shbear.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_m_shbear_com', 'test');
