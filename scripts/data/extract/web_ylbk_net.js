'use strict';
// Verbatim quotes from ylbk.net (repost of a 中国青年报 / 中青网 report); data/quotes/web_ylbk_net.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_ylbk_net', 'dev');
