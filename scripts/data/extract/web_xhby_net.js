'use strict';
// Verbatim quotes from xhby.net (新华报业网); data/quotes/web_xhby_net.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_xhby_net', 'test');
