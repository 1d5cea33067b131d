'use strict';
// Verbatim quotes from qqdbkk.cn (repost of reports on a student-abroad fake-police case); data/quotes/web_qqdbkk_cn.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_qqdbkk_cn', 'train');
