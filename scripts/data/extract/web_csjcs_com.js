'use strict';
// Verbatim quotes from csjcs.com (长三角警察 / 南京 news repost); data/quotes/web_csjcs_com.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_csjcs_com', 'test');
