'use strict';
// Verbatim quotes from m.ship-bio.com (http://m.ship-bio.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_m_ship_bio_com', 'train');
