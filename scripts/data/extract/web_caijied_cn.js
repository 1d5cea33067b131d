'use strict';
// Verbatim quotes from caijied.cn (https://caijied.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_caijied_cn', 'train');
