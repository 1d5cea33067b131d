'use strict';
// Verbatim quotes from info.taojindi.com (repost of a CCIDNET / 南方日报 report); data/quotes/web_info_taojindi_com.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_info_taojindi_com', 'train');
