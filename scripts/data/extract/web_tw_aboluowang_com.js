'use strict';
// Verbatim quotes from tw.aboluowang.com (看中国 / 阿波罗新闻, Traditional rendering of mainland reports); data/quotes/web_tw_aboluowang_com.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_tw_aboluowang_com', 'test');
