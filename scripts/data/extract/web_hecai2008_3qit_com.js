'use strict';
// Verbatim quotes from hecai2008.3qit.com (repost of a 扬子晚报 report); data/quotes/web_hecai2008_3qit_com.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_hecai2008_3qit_com', 'test');
