'use strict';
// Verbatim quotes in data/quotes/web_pengbaoqx_cn.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_pengbaoqx_cn', 'dev');
