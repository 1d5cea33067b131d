'use strict';
// Verbatim quotes from lawyer.com (https://www.lawyer.com/a/eleventh-circuit-questions-legality-of-phone-messages-left-by-debt-collectors.html); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_lawyer_com', 'train');
