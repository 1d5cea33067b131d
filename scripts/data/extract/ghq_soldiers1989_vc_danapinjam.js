'use strict';
// Verbatim templates in data/quotes/ghq_soldiers1989_vc_danapinjam.json (see its data card).
module.exports = require('../lib/gh-quotes').ghQuotes('ghq_soldiers1989_vc_danapinjam', 'test');
