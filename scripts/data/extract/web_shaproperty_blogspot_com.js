'use strict';
// Verbatim quotes in data/quotes/web_shaproperty_blogspot_com.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_shaproperty_blogspot_com', 'train');
