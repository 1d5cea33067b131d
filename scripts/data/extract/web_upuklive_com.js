'use strict';
// Verbatim quotes from upuklive.com (https://upuklive.com/trending/sbis-message-to-the-customer-bank-money-was-free-which-you/cid16266750.htm); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_upuklive_com', 'train');
