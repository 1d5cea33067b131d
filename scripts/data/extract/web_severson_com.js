'use strict';
// Verbatim quotes from severson.com (https://www.severson.com/consumer-finance/district-court-kan-finds-single-vm-message-debtor-violate-fdcpa/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_severson_com', 'train');
