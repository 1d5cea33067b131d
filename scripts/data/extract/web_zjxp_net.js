'use strict';
// Verbatim quotes from www.zjxp.net (http://www.zjxp.net/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_zjxp_net', 'train');
