'use strict';
// Verbatim quotes from huyis.com (news repost of a 海曙公安 post); data/quotes/web_huyis_com.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_huyis_com', 'train');
