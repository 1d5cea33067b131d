'use strict';
// Verbatim quotes from bbs.fqlook.com (看福清 forum, repost of a police / 反诈 WeChat post); data/quotes/web_bbs_fqlook_com.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_bbs_fqlook_com', 'train');
