'use strict';
// Verbatim quotes from www.kcchuwugui.com (http://www.kcchuwugui.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_kcchuwugui_com', 'test');
