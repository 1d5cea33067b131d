'use strict';
// An SMS-analytics project's unit test quotes one record of a real SMS gateway log (service
// number, md5, submit time, content …): a lender's failed-debit notice as it was delivered.
const { financeLabel, financeKind } = require('../lib/finance-label');

const REPO = 'song2yang/MessageAnalysis';
const COMMIT = '2b694c8b2d6dec9091820e8aa8ad1ad53cbc2b86';
// the record was in earlier versions of the test (the pinned one no longer quotes it)
const FILE = /^src\/test\/java\/com\/sou\/MessageAnalysis\/AppTest\.java$/;

module.exports = {
  id: 'gh_song2yang_messageanalysis',
  split: 'dev',
  build(ctx) {
    const src = ctx
      .history(REPO, COMMIT, FILE)
      .map((b) => b.text)
      .join('\n');
    // the record's fields are quoted CSV inside a Java string: pick the one marked //content
    return [...src.matchAll(/"\\"([^"\\]+)\\","\s*\+\s*\/\/content/g)].map((m) => ({
      text: m[1],
      label: financeLabel(m[1]),
      channel: 'sms',
      kind: financeKind(m[1], 'lender_sms'),
    }));
  },
};
