'use strict';
// Verbatim quotes from nbntn.com (news repost of a 临沂 兰山 police case); data/quotes/web_nbntn_com.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_nbntn_com', 'train');
