'use strict';
// Verbatim quotes from hanfengnongye.com (repost of a 天台公安 warning, Traditional rendering); data/quotes/web_hanfengnongye_com.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_hanfengnongye_com', 'train');
