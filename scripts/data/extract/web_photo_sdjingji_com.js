'use strict';
// Verbatim quotes from photo.sdjingji.com (https://photo.sdjingji.com/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_photo_sdjingji_com', 'dev');
