'use strict';
// Verbatim quotes from fx361.cc (magazine / newspaper archive); data/quotes/web_fx361_cc.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_fx361_cc', 'train');
