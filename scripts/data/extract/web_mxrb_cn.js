'use strict';
// Verbatim quotes from mxrb.cn (闽西日报); data/quotes/web_mxrb_cn.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_mxrb_cn', 'train');
