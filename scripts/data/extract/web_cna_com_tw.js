'use strict';
// Verbatim quotes from cna.com.tw (中央社); data/quotes/web_cna_com_tw.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_cna_com_tw', 'train');
