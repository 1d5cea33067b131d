'use strict';
// Verbatim quotes from cqcb.com (http://cqcb.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_cqcb_com', 'dev');
