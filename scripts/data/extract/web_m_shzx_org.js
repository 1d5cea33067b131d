'use strict';
// Verbatim quotes from m.shzx.org (https://m.shzx.org/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_m_shzx_org', 'test');
