'use strict';
// Verbatim quotes from www.lifesharinghub.com (https://www.lifesharinghub.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_lifesharinghub_com', 'test');
