'use strict';
// Verbatim quotes from thelead.ng (https://thelead.ng/how-loan-firm-falsely-labelled-customer-hiv-aids-positive-over-n14500-debt/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_thelead_ng', 'train');
