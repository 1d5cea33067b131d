'use strict';
// Verbatim quotes from www.zdcj.net (http://www.zdcj.net/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_zdcj_net', 'train');
