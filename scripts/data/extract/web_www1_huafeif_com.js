'use strict';
// Verbatim quotes from www1.huafeif.com (http://www1.huafeif.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_www1_huafeif_com', 'test');
