'use strict';
// Verbatim quotes from txwb.com (天下网吧, news repost); data/quotes/web_txwb_com.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_txwb_com', 'train');
