'use strict';
// Verbatim quotes from cetient.com (https://cetient.com/case/1903389/berg-v-merchants-assn-collection-division-inc); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_cetient_com', 'dev');
