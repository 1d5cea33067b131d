'use strict';
// Verbatim quotes from www.bjrcb.com (https://www.bjrcb.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_bjrcb_com', 'dev');
