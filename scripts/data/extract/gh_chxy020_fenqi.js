'use strict';
// 燕子安家 (a Beijing home-improvement instalment lender): the overdue pop-ups of its user centre
// (instalment due in a few days, instalment overdue, order in default) and the fee notes under them.
const { stripHtml } = require('../lib/concat-strings');
const { financeKind } = require('../lib/finance-label');

const REPO = 'chxy020/fenqi';
// newest commit of the snapshot (2016-04-14)
const COMMIT = 'd7e4d31bfe762bda9a7fb40e0de761d2e096abfe';
const FILES = ['webapp/personal-center/index.html', 'anjia/usercenter.html'];

module.exports = {
  id: 'gh_chxy020_fenqi',
  split: 'train',
  build(ctx) {
    const msgs = [];
    for (const f of FILES) {
      const src = ctx.git(REPO, COMMIT, f);
      for (const m of src.matchAll(/<p class="text(?:[ _][^"]*)?">([\s\S]*?)<\/p>/g)) {
        const template = stripHtml(m[1]).replace(/\s+/g, '');
        if (!/逾期|违约/.test(template)) continue;
        // the page masks the order number and counts with asterisks
        const text = template
          .replace(/订单\*+/g, '订单20261205001')
          .replace(/第\*笔/g, '第3笔')
          .replace(/仅有\*天/g, '仅有3天');
        msgs.push({
          text,
          template,
          label: 'reminder',
          channel: 'other',
          kind: financeKind(text, 'lender_notice'),
        });
      }
    }
    return msgs;
  },
};
