'use strict';
// Verbatim quotes from grjssb.cn (工人建设时报); data/quotes/web_grjssb_cn.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_grjssb_cn', 'dev');
