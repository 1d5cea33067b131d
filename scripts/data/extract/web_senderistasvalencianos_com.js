'use strict';
// Verbatim quotes from senderistasvalencianos.com (mirror of 读特 / 深圳特区报, Traditional rendering); data/quotes/web_senderistasvalencianos_com.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_senderistasvalencianos_com', 'dev');
