'use strict';
// Verbatim quotes from xixinews.com (延安 local news); data/quotes/web_xixinews_com.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_xixinews_com', 'train');
