import type { SignalRule } from './rule';
import { spans } from './rule';

// Any payment before a loan is released or frozen money returned: "解冻金", "保证金",
// "验证还款能力", "刷流水". Real lenders deduct nothing in advance.
export const advanceFee: SignalRule = {
  id: 'advance_fee',
  title: '放款前先交钱',
  explanation:
    '对方要你先交"解冻金、保证金、激活费、工本费"或"验证还款能力、刷流水"，说交了才放款或退钱。正规贷款放款前不收任何费用，先交钱的都是诈骗。',
  detect(ctx) {
    const out = [];
    for (const h of ctx.all('ADV_FEE')) if (!ctx.negated(h, 10)) out.push(h);
    for (const h of ctx.all('ADV_FEE_SOFT')) {
      if (ctx.negated(h, 10)) continue;
      const ctxWord = ctx.near(h, 'LOAN_RELEASE', 40, true, false);
      if (ctxWord) out.push(h, ctxWord);
    }
    return spans(ctx, out);
  },
};
