'use strict';
// Verbatim quotes from kompasiana.com (https://kompasiana.com/hendrawattimena/63ecc78508a8b523f24dc403/teror-pinjaman-online-yang-meresahkan?source_from=source_related_recommendation); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_kompasiana_com', 'train');
