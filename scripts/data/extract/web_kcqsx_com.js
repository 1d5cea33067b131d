'use strict';
// Verbatim quotes from kcqsx.com (https://kcqsx.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_kcqsx_com', 'dev');
