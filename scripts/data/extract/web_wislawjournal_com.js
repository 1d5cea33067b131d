'use strict';
// Verbatim quotes from wislawjournal.com (https://wislawjournal.com/2004/04/28/dunning-letters-held-not-confusing/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_wislawjournal_com', 'dev');
