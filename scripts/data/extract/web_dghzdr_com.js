'use strict';
// Verbatim quotes from dghzdr.com (repost of a 新华网 report, Traditional rendering); data/quotes/web_dghzdr_com.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_dghzdr_com', 'dev');
