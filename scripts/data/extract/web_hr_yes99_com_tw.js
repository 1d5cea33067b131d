'use strict';
// Verbatim quotes from hr.yes99.com.tw (https://hr.yes99.com.tw/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_hr_yes99_com_tw', 'test');
