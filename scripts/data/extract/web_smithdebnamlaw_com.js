'use strict';
// Verbatim quotes from smithdebnamlaw.com (https://www.smithdebnamlaw.com/2016/01/foti-revisited-when-does-a-telephone-message-violate-fdcpa/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_smithdebnamlaw_com', 'train');
