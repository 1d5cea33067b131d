'use strict';
// Verbatim quotes from www.huashangw.com (http://www.huashangw.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_huashangw_com', 'dev');
