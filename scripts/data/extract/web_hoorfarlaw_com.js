'use strict';
// Verbatim quotes from hoorfarlaw.com (http://hoorfarlaw.com/blog/?p=721); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_hoorfarlaw_com', 'train');
