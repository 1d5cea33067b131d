'use strict';
// Verbatim quotes from siliu.net (blog repost); data/quotes/web_siliu_net.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_siliu_net', 'train');
