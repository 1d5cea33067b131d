'use strict';
// 台北富邦銀行 student-loan site (built by Neux): the notes the bank prints on a borrower's
// electronic payment notice (電子繳款通知單) and on the loan-balance page: overdue interest and
// penalties, "please pay at once if overdue", "check the loans marked * were paid".
const { stripHtml } = require('../lib/concat-strings');
const { financeKind } = require('../lib/finance-label');

const REPO = 'TaipeiNeux/Fubon';
// newest commit of the snapshot (2017-01-12); Prod/ is the production copy of the pages
const COMMIT = 'f2c87282962c0889da1f1b5c68c6aaae65b9293a';
const PAGES = [
  // the payment notice itself: a letter the bank sends (and lets the borrower print)
  {
    path: 'Prod/web/myElectronicPay_1.jsp',
    channel: 'letter',
    re: /<p class="blue">([\s\S]*?)<\/p>/g,
  },
  {
    path: 'Prod/web/myElectronicPay_1.jsp',
    channel: 'letter',
    re: /<li>(本貸款自起息日起[\s\S]*?)<\/li>/g,
  },
  { path: 'Prod/web/myloan.jsp', channel: 'other', re: /<li class="remind">([\s\S]*?)<\/li>/g },
];

module.exports = {
  id: 'gh_taipeineux_fubon',
  split: 'train',
  build(ctx) {
    const msgs = [];
    for (const { path, channel, re } of PAGES) {
      const src = ctx.git(REPO, COMMIT, path);
      for (const m of src.matchAll(re)) {
        // verbatim but for the page's line breaks and indentation
        const text = stripHtml(m[1]).replace(/\s+/g, ' ');
        if (!/逾期|繳款/.test(text)) continue;
        msgs.push({ text, label: 'reminder', channel, kind: financeKind(text, 'bank_notice') });
      }
    }
    return msgs;
  },
};
