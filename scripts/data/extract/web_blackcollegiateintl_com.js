'use strict';
// Verbatim quotes from www.blackcollegiateintl.com (http://www.blackcollegiateintl.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_blackcollegiateintl_com', 'dev');
