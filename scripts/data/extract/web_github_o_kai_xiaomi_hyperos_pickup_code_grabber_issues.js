'use strict';
// Verbatim quotes in data/quotes/web_github_o_kai_xiaomi_hyperos_pickup_code_grabber_issues.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes(
  'web_github_o_kai_xiaomi_hyperos_pickup_code_grabber_issues',
  'dev',
);
