'use strict';
// Verbatim quotes from smallchoulcc.blogspot.com (personal blog, Taiwan); data/quotes/web_smallchoulcc_blogspot_com.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_smallchoulcc_blogspot_com', 'train');
