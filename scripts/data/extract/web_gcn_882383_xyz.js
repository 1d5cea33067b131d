'use strict';
// Verbatim quotes from gcn.882383.xyz (Discuz forum mirror); data/quotes/web_gcn_882383_xyz.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_gcn_882383_xyz', 'train');
