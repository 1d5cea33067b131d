'use strict';
// Verbatim quotes from print.casetext.com (https://print.casetext.com/case/campos-v-tolteca-enters-inc); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_casetext_com', 'train');
