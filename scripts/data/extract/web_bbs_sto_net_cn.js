'use strict';
// Verbatim quotes from bbs.sto.net.cn (中国胶粘剂 forum, repost of a newspaper's 诈骗短信 exposé); data/quotes/web_bbs_sto_net_cn.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_bbs_sto_net_cn', 'dev');
