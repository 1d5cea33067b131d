'use strict';
// Verbatim quotes from paituo.cc (https://paituo.cc/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_paituo_cc', 'dev');
