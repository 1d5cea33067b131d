'use strict';
// Verbatim quotes from sclpa.com (https://sclpa.com/permissible-voicemails-under-the-fdcpa); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_sclpa_com', 'dev');
