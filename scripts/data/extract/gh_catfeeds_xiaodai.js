'use strict';
// U易钱包 (a small-loan back end on ThinkPHP): the SMS its admin API sends borrowers when a loan
// is paid out and when it is overdue, and the firm's contract-expiry SMS.
const { concatAfter } = require('../lib/concat-strings');
const { financeLabel, financeKind } = require('../lib/finance-label');

const REPO = 'Catfeeds/xiaodai';
// newest commit of the snapshot (2018-07-25)
const COMMIT = 'f1fa28892c48205564ad5b3f317fbcc951dcf546';
const FILE = 'Application/Admin/Controller/ApiController.class.php';
const VALUES = { end: '2026年12月5日', left: '3', deadline: '2026年12月5日', damount: '1280.00' };

module.exports = {
  id: 'gh_catfeeds_xiaodai',
  split: 'dev',
  build(ctx) {
    const src = ctx.git(REPO, COMMIT, FILE);
    return concatAfter(src, /\$msg(?:cus)?\s*=\s*/g, { html: false, op: '.' })
      .filter((a) => /尊敬的/.test(a.template))
      .map(({ template }) => {
        const text = ctx.fill(template, { values: VALUES });
        // a contract-renewal notice is not about a debt
        const label = /续约/.test(text) ? 'unrelated' : financeLabel(text);
        return { text, template, label, channel: 'sms', kind: financeKind(text, 'lender_sms') };
      });
  },
};
