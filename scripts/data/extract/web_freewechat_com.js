'use strict';
// Verbatim quotes from freewechat.com (https://freewechat.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_freewechat_com', 'dev');
