'use strict';
// Verbatim quotes from douyinyunying.cc (repost of a 临安 police case); data/quotes/web_douyinyunying_cc.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_douyinyunying_cc', 'train');
