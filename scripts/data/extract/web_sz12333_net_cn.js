'use strict';
// Verbatim quotes from sz12333.net.cn (https://sz12333.net.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_sz12333_net_cn', 'train');
