'use strict';
// Verbatim quotes from www.zuoruidong.com (https://www.zuoruidong.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_zuoruidong_com', 'train');
