'use strict';
// Verbatim quotes from dealbreaker.com (https://dealbreaker.com/2009/05/debts-are-so-2008); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_dealbreaker_com', 'train');
