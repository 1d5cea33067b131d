'use strict';
// Verbatim quotes from app.bjtitle.com (https://app.bjtitle.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_app_bjtitle_com', 'dev');
