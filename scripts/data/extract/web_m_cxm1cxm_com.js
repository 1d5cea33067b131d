'use strict';
// Verbatim quotes from m.cxm1cxm.com (https://m.cxm1cxm.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_m_cxm1cxm_com', 'train');
