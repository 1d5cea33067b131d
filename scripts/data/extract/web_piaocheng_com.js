'use strict';
// Verbatim quotes from piaocheng.com (forum repost of a 盐城 police case); data/quotes/web_piaocheng_com.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_piaocheng_com', 'train');
