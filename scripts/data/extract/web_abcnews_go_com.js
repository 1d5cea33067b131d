'use strict';
// Verbatim quotes from abcnews.go.com (https://abcnews.go.com/Business/man-wins-15m-vulgar-debt-collection-calls/story?id=10795674); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_abcnews_go_com', 'dev');
