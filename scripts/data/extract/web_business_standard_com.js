'use strict';
// Verbatim quotes from business-standard.com (https://business-standard.com/finance/personal-finance/how-to-handle-demands-for-outstanding-dues-on-credit-card-that-s-not-yours-124061200993_1.html); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_business_standard_com', 'train');
