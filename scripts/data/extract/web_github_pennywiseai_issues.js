'use strict';
// Verbatim quotes in data/quotes/web_github_pennywiseai_issues.json (see its data card). Largest new unrelated source: train.
module.exports = require('../lib/web-quotes').webQuotes('web_github_pennywiseai_issues', 'train');
