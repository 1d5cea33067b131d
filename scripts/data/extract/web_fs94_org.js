'use strict';
// Verbatim quotes from fs94.org (repost of a 新民晚报 report); data/quotes/web_fs94_org.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_fs94_org', 'train');
