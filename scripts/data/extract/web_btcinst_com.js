'use strict';
// Verbatim quotes from btcinst.com (金融学院 社保栏目); data/quotes/web_btcinst_com.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_btcinst_com', 'train');
