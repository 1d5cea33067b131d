'use strict';
// 信和汇金 (CreditHarmony, a Beijing consumer-lending group): the e-mails its loan back end sends
// borrowers (repayment-day reminder, holiday notices about deductions, greetings, address checks).
const { concatAfter } = require('../lib/concat-strings');
const { financeLabel, financeKind } = require('../lib/finance-label');

const REPO = 'sengeiou/chp-loan';
// the only commit of the snapshot (2017-07-05)
const COMMIT = 'e3721669a73f2c5ca4ecc7076ed9ae99409ee5a4';
const BASE = 'src/main/java/com/creditharmony/loan/borrow/';
const FILES = [
  'serve/service/EmailServeService.java',
  'account/web/RepayAccountController.java',
  'borrowlist/web/BorrowListController.java',
  'transate/service/LoanSendEmail.java',
];
const VALUES = {
  bankName: '中国工商银行',
  endBankNo: '8866',
  paybackDay: '15',
  startTime: '2026年12月5日',
  endTime: '2026年12月12日',
};

module.exports = {
  id: 'gh_sengeiou_chp_loan',
  split: 'test',
  build(ctx) {
    const msgs = [];
    for (const f of FILES) {
      const src = ctx.git(REPO, COMMIT, BASE + f);
      // subject lines, by position: a body takes the nearest subject set before it
      const subjects = [...src.matchAll(/(?:subject\s*=\s*|setSubject\()"([^"]+)"/g)].map((m) => ({
        index: m.index,
        text: m[1],
      }));
      for (const { index, template: body } of concatAfter(
        src,
        /(?:content\s*=\s*|setContent\()startImg\s*\+/g,
      )) {
        const subject = subjects.filter((s) => s.index < index).pop();
        const template =
          `${subject ? subject.text + '\n' : ''}${body.replace(/\{(startImg|endImg)\}/g, '')}`.trim();
        const text = ctx.fill(template, { values: VALUES });
        msgs.push({
          text,
          template,
          label: financeLabel(text),
          channel: 'other',
          kind: financeKind(text, 'lender_email'),
        });
      }
    }
    return msgs;
  },
};
