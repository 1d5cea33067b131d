'use strict';
// Verbatim quotes from yaoshunxs.com (mirror of 戴高山文集, essay 这些年我们遇上的骗子); data/quotes/web_yaoshunxs_com.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_yaoshunxs_com', 'train');
