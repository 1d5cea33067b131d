'use strict';
// Verbatim quotes from gate.com (news repost of 新黄河 / 济南公安, Traditional rendering); data/quotes/web_gate_com.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_gate_com', 'train');
