'use strict';
// Verbatim templates in data/quotes/ghq_one_acre_fund_ussd_sms.json (see its data card).
module.exports = require('../lib/gh-quotes').ghQuotes('ghq_one_acre_fund_ussd_sms', 'test');
