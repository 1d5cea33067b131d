'use strict';
// Verbatim quotes from 51haodu.com (https://51haodu.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_51haodu_com', 'train');
