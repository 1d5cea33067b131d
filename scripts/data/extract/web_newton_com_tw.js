'use strict';
// Verbatim quotes from newton.com.tw (wiki mirror, Traditional rendering); data/quotes/web_newton_com_tw.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_newton_com_tw', 'dev');
