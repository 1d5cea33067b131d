'use strict';
// Verbatim quotes from github.com/Pixel-Tailor-CN/PixelText issues (SMS-card app: users paste SMS it failed to parse); data/quotes/web_github_pixeltext_issues.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_github_pixeltext_issues', 'dev');
