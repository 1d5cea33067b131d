'use strict';
// Verbatim quotes from sn-cnpc.com (http://sn-cnpc.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_sn_cnpc_com', 'train');
