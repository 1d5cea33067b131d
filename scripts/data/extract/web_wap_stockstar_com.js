'use strict';
// Verbatim quotes from stockstar.com (证券之星, reposting 平安壹钱包 3·15 consumer-protection note); data/quotes/web_wap_stockstar_com.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_wap_stockstar_com', 'train');
