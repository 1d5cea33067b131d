'use strict';
// Verbatim quotes from kunming.gqsoso.com (news repost of a 云南 医保局 / police warning); data/quotes/web_kunming_gqsoso_com.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_kunming_gqsoso_com', 'train');
