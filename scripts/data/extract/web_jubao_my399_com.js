'use strict';
// Verbatim quotes from jubao.my399.com (https://jubao.my399.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_jubao_my399_com', 'train');
