'use strict';
// Verbatim quotes from blog.wenxuecity.com (https://blog.wenxuecity.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_blog_wenxuecity_com', 'dev');
