'use strict';
// Verbatim quotes from epaper.dtnews.cn (大同晚报); data/quotes/web_epaper_dtnews_cn.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_epaper_dtnews_cn', 'train');
