'use strict';
// Verbatim quotes from bwc.snsy.edu.cn (陕西能源职业技术学院 保卫处, campus security news repost); data/quotes/web_bwc_snsy_edu_cn.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_bwc_snsy_edu_cn', 'train');
