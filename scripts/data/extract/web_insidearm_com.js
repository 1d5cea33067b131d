'use strict';
// Verbatim quotes from insidearm.com (http://www.insidearm.com/daily/collection-laws-regulations/collection-laws-and-regulations/judge-rules-for-collection-agency-in-voicemail-case-foti-compliance-evolving/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_insidearm_com', 'dev');
