'use strict';
// Verbatim quotes from github.com/jd1378/otphelper issues (OTP helper app: users paste SMS whose code was misread); data/quotes/web_github_otphelper_issues.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_github_otphelper_issues', 'train');
