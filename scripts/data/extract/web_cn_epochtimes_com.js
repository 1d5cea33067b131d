'use strict';
// Verbatim quotes from cn.epochtimes.com (大纪元, simplified edition; Taiwan 刑事局 release); data/quotes/web_cn_epochtimes_com.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_cn_epochtimes_com', 'test');
