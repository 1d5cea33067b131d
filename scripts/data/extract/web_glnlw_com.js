'use strict';
// Verbatim quotes from glnlw.com (短信平台 advice page, Traditional rendering); data/quotes/web_glnlw_com.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_glnlw_com', 'test');
