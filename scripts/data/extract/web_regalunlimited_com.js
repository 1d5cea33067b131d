'use strict';
// Verbatim quotes from regalunlimited.com (https://www.regalunlimited.com/sms-alert-at-0357-am-customer-service-at-banks/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_regalunlimited_com', 'train');
