'use strict';
// Verbatim quotes from shadu.baidu.com (百度安全 杀毒 资讯); data/quotes/web_shadu_baidu_com.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_shadu_baidu_com', 'dev');
