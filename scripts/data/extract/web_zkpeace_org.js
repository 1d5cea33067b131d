'use strict';
// Verbatim quotes from zkpeace.org (https://zkpeace.org/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_zkpeace_org', 'train');
