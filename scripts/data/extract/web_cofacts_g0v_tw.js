'use strict';
// Verbatim quotes from cofacts.g0v.tw (Cofacts 真的假的, crowd-sourced fact-check records, CC BY-SA 4.0); data/quotes/web_cofacts_g0v_tw.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_cofacts_g0v_tw', 'train');
