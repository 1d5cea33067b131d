'use strict';
// Verbatim quotes in data/quotes/web_huggingface_co_todoagent_space.json (see its data card).
module.exports = require('../lib/web-quotes').webQuotes(
  'web_huggingface_co_todoagent_space',
  'train',
);
