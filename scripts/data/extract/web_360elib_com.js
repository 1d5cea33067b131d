'use strict';
// Verbatim quotes from 360elib.com (电子报阅读机: e-paper reader; a 咸宁 paper's insurer-supplied case); data/quotes/web_360elib_com.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_360elib_com', 'train');
