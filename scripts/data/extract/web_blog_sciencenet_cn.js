'use strict';
// Verbatim quotes from blog.sciencenet.cn (科学网博客); data/quotes/web_blog_sciencenet_cn.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_blog_sciencenet_cn', 'train');
