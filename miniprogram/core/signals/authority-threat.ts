import type { SignalRule } from './rule';
import { spans } from './rule';

// Police, courts, arrest and blacklists invoked to frighten. A lender may lawfully sue
// through a court or report to the credit bureau; "依法起诉" and "按规定报送征信" are not threats.
export const authorityThreat: SignalRule = {
  id: 'authority_threat',
  title: '拿公检法、抓人、失信名单吓人',
  explanation:
    '消息用报警、起诉、传票、拘留、"失信名单"等吓你。催收不是判决：真正的诉讼由法院依法送达，公检法不会打电话让你转账，也没有"安全账户"。欠款不还属于民事纠纷，催收方声称"抓人、坐牢"是不允许的。',
  detect(ctx, found) {
    if (found.advisory) return [];
    const out = [];
    for (const h of ctx.all('AUTH')) {
      if (ctx.negated(h, 6) || ctx.lawful(h)) continue;
      // "起诉他有用吗？": the reader asking for advice, not someone threatening them.
      if (ctx.all('ADVICE_QUESTION').some((q) => ctx.sentence[q.s] === ctx.sentence[h.s])) continue;
      out.push(h);
    }
    return spans(ctx, out);
  },
};
