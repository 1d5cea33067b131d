'use strict';
// Verbatim templates in data/quotes/ghq_binmengxue_zhiyunyi_web.json (see its data card).
module.exports = require('../lib/gh-quotes').ghQuotes('ghq_binmengxue_zhiyunyi_web', 'test');
