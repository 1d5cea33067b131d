'use strict';
// Verbatim quotes from cctv-cmpany.net (https://cctv-cmpany.net/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_cctv_cmpany_net', 'dev');
