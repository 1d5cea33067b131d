'use strict';
// Verbatim quotes from 73bbs.com (https://73bbs.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_73bbs_com', 'test');
