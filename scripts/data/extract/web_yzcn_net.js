'use strict';
// Verbatim quotes from yzcn.net (百姓生活网, Yangzhou); data/quotes/web_yzcn_net.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_yzcn_net', 'train');
