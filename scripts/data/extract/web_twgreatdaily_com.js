'use strict';
// Verbatim quotes from twgreatdaily.com (https://twgreatdaily.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_twgreatdaily_com', 'dev');
