'use strict';
// Verbatim quotes from m.akwabadigital-africa.com (http://m.akwabadigital-africa.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_m_akwabadigital_africa_com', 'dev');
