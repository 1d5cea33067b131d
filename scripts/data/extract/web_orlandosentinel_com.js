'use strict';
// Verbatim quotes from articles.orlandosentinel.com (http://articles.orlandosentinel.com/2009-10-18/news/0910170189_1_collector-complaints-debt); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_orlandosentinel_com', 'dev');
