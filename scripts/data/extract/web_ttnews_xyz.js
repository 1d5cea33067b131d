'use strict';
// Verbatim quotes from ttnews.xyz (news aggregator, Traditional rendering); data/quotes/web_ttnews_xyz.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_ttnews_xyz', 'train');
