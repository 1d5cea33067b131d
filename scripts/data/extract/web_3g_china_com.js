'use strict';
// Verbatim quotes from 3g.china.com (https://3g.china.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_3g_china_com', 'dev');
