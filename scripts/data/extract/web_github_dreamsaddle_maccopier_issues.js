'use strict';
// Verbatim quotes from github.com (https://github.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_github_dreamsaddle_maccopier_issues', 'dev');
