'use strict';
// Verbatim quotes from cswbszb.com (城市晚报, 长春); data/quotes/web_cswbszb_com.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_cswbszb_com', 'dev');
