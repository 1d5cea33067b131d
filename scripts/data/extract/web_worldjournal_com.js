'use strict';
// Verbatim quotes from worldjournal.com (https://worldjournal.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_worldjournal_com', 'test');
