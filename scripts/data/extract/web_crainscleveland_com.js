'use strict';
// Verbatim quotes from crainscleveland.com (https://www.crainscleveland.com/article/20131025/FREE/131029845/feds-halt-operation-that-collected-on-phantom-payday-loan-debts); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_crainscleveland_com', 'train');
