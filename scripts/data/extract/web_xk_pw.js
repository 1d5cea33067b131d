'use strict';
// Verbatim quotes from www.xk.pw (https://www.xk.pw/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_xk_pw', 'dev');
