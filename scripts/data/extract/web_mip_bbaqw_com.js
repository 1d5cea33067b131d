'use strict';
// Verbatim quotes from mip.bbaqw.com (https://mip.bbaqw.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_mip_bbaqw_com', 'test');
