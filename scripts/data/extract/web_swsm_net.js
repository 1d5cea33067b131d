'use strict';
// Verbatim quotes from www.swsm.net (http://www.swsm.net/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_swsm_net', 'train');
