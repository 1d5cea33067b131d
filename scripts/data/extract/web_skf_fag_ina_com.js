'use strict';
// Verbatim quotes from skf-fag-ina.com (http://skf-fag-ina.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_skf_fag_ina_com', 'train');
