'use strict';
// Verbatim quotes from subsaga.com (https://subsaga.com/bbc/documentaries/crime/2017/the-war-on-loan-sharks.amp.html); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_subsaga_com', 'train');
