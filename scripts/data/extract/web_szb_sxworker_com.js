'use strict';
// Verbatim quotes from szb.sxworker.com (https://szb.sxworker.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_szb_sxworker_com', 'train');
