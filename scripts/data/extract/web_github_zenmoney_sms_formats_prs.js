'use strict';
// Verbatim quotes in data/quotes/web_github_zenmoney_sms_formats_prs.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes(
  'web_github_zenmoney_sms_formats_prs',
  'train',
);
