'use strict';
// Verbatim quotes from noidtrue.blogspot.com (https://noidtrue.blogspot.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_noidtrue_blogspot_com', 'train');
