import type { SignalRule } from './rule';
import { spans } from './rule';

// The "close your student-loan / 微粒贷 / 分付 account or your credit record suffers" script.
// There is no such procedure; it leads to borrowing the limit and moving it to a "safe" account.
export const accountCancellation: SignalRule = {
  id: 'account_cancellation',
  title: '"注销/关闭账户否则影响征信"',
  explanation:
    '对方说你的校园贷、学生账户、微粒贷、分付、白条等必须注销、关闭或"调整利率"，不然影响征信。国家没有这种"注销"程序，这是典型诈骗开场，下一步通常是让你借款转账或共享屏幕。',
  detect(ctx) {
    const out = [];
    for (const h of ctx.all('CANCEL_STRONG')) if (!ctx.negated(h, 10)) out.push(h);
    // Closing an account is only a scam script with a cost attached: credit harm, urgency, or
    // the money/access it asks for next.
    const harm =
      ctx.has('CREDIT_HARM') ||
      ctx.has('URGENT') ||
      ctx.has('PAY_ACCOUNT') ||
      ctx.has('REMOTE_APP') ||
      out.length > 0;
    for (const act of ctx.all('CANCEL_ACT')) {
      if (ctx.negated(act, 10)) continue;
      const obj = ctx.near(act, 'CANCEL_OBJ', 30, true, false);
      if (obj && harm) out.push(act, obj);
    }
    if (!out.length) return [];
    for (const h of ctx.all('CREDIT_HARM')) out.push(h);
    return spans(ctx, out);
  },
};
