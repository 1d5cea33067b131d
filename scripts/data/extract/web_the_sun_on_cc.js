'use strict';
// Verbatim quotes in data/quotes/web_the_sun_on_cc.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_the_sun_on_cc', 'train');
