'use strict';
// Verbatim quotes from orientaldaily.on.cc (東方日報, Hong Kong; columnist); data/quotes/web_orientaldaily_on_cc.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_orientaldaily_on_cc', 'train');
