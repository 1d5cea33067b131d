'use strict';
// Verbatim quotes from qunfachuanzhen.com (https://qunfachuanzhen.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_qunfachuanzhen_com', 'test');
