'use strict';
// Verbatim quotes from credit.com (https://credit.com/blog/what-can-debt-collectors-say-in-messages-on-answering-machines-15558/2); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_credit_com', 'dev');
