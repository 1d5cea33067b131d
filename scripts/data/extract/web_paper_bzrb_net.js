'use strict';
// Verbatim quotes from paper.bzrb.net (https://paper.bzrb.net/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_paper_bzrb_net', 'train');
