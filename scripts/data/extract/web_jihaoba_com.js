'use strict';
// Verbatim quotes from jihaoba.com (集号吧, phone-number shop news page); data/quotes/web_jihaoba_com.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_jihaoba_com', 'train');
