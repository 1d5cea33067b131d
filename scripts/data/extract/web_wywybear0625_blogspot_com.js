'use strict';
// Verbatim quotes from wywybear0625.blogspot.com (https://wywybear0625.blogspot.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_wywybear0625_blogspot_com', 'train');
