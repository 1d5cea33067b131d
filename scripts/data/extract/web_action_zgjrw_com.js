'use strict';
// Verbatim quotes from action.zgjrw.com (http://action.zgjrw.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_action_zgjrw_com', 'train');
