'use strict';
// Verbatim quotes from 兰溪导报 e-paper (47.96.164.84); data/quotes/web_47_96_164_84.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_47_96_164_84', 'train');
