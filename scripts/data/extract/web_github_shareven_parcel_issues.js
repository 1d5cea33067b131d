'use strict';
// Verbatim quotes in data/quotes/web_github_shareven_parcel_issues.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes(
  'web_github_shareven_parcel_issues',
  'train',
);
