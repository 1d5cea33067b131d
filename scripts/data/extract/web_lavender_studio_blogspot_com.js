'use strict';
// Verbatim quotes from lavender-studio.blogspot.com (personal blog, Malaysia); data/quotes/web_lavender_studio_blogspot_com.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_lavender_studio_blogspot_com', 'test');
