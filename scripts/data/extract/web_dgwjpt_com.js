'use strict';
// Verbatim quotes from dgwjpt.com (repost of a 苏州 news report); data/quotes/web_dgwjpt_com.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_dgwjpt_com', 'train');
