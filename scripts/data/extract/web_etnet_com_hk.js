'use strict';
// Verbatim quotes from etnet.com.hk (https://etnet.com.hk/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_etnet_com_hk', 'train');
