'use strict';
// Verbatim quotes from mas-day.com (马鞍山易房网, repost of a 马鞍山人社局 warning); data/quotes/web_mas_day_com.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_mas_day_com', 'test');
