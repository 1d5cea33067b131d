'use strict';
// Verbatim quotes in data/quotes/web_v_daum_net.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_v_daum_net', 'train');
