'use strict';
// Verbatim quotes from gi23775.cn (mirror of a 福州晚报 report, Traditional rendering); data/quotes/web_gi23775_cn.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_gi23775_cn', 'train');
