'use strict';
// Verbatim quotes in data/quotes/web_tmtpost_com.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes('web_tmtpost_com', 'test');
