'use strict';
// Verbatim quotes in data/quotes/web_github_kakao_credit_card_sms_parser_issues.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes(
  'web_github_kakao_credit_card_sms_parser_issues',
  'train',
);
