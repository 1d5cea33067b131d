'use strict';
// Verbatim quotes from www.haokouzi.cc (https://www.haokouzi.cc/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_haokouzi_cc', 'dev');
