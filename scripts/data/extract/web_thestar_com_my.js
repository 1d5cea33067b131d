'use strict';
// Verbatim quotes from thestar.com.my (https://www.thestar.com.my/tech/tech-news/2022/01/20/silicon-savannah-kenya-targets-loan-apps-abusing-customer-data); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_thestar_com_my', 'train');
