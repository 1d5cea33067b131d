'use strict';
// Verbatim quotes from 7ccld.uhrichlawpc.com (https://www.7ccld.uhrichlawpc.com/2018/09/01/fdcpa-letter-claim-dismissed-in-part-under-1692e5/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_uhrichlawpc_com', 'train');
