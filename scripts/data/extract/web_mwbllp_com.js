'use strict';
// Verbatim quotes from updates.mwbllp.com (http://updates.mwbllp.com/2011/07/fyi-11th-cir-affirms-fdcpa-ruling-in.html); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_mwbllp_com', 'dev');
