import type { SignalRule } from './rule';
import { spans } from './rule';
import type { Hit } from '../engine/context';
import { conditioned } from '../engine/frames';

const NOT_DONE_HARMS =
  /(未|不|没有?)(及时)?(注销|关闭|取消|操作|调整|认证|验证|核实|升级|解除)[^，。,.!?！？]{0,8}影响(您的|你的|个人)?(征信|信用)/;

// The "close your student-loan / 微粒贷 / 分付 account or your credit record suffers" script.
// There is no such procedure; it leads to borrowing the limit and moving it to a "safe" account.
export const accountCancellation: SignalRule = {
  id: 'account_cancellation',
  title: '"注销/关闭账户否则影响征信"',
  explanation:
    '对方说你的校园贷、学生账户、微粒贷、分付、白条等必须注销、关闭或"调整利率"，不然影响征信。国家没有这种"注销"程序，这是典型诈骗开场，下一步通常是让你借款转账或共享屏幕。',
  detect(ctx, found) {
    const t = ctx.text;
    const out: Array<Hit | { s: number; e: number } | undefined> = [];
    const strong = ctx.all('CANCEL_STRONG').filter((h) => !ctx.negated(h, 10));
    // Closing an account is only a scam script with a cost attached: credit harm, urgency, or
    // the money/access it asks for next.
    const harm =
      ctx.has('CREDIT_HARM') ||
      ctx.has('URGENT') ||
      ctx.has('PAY_ACCOUNT') ||
      found.ids.has('pay_to_unofficial_account') ||
      ctx.has('REMOTE_APP') ||
      strong.length > 0;
    out.push(...strong);
    for (const act of ctx.all('CANCEL_ACT')) {
      if (ctx.negated(act, 10)) continue;
      const obj = ctx.near(act, 'CANCEL_OBJ', 30, true, false);
      if (obj && harm) out.push(act, obj);
      // "未注销将影响征信": not cancelling is the condition, the credit record the consequence —
      // the script in one line, with or without the account named.
      const cond = /(未|不|没有?|如不|若不|不及时)$/.test(t.slice(Math.max(0, act.s - 3), act.s));
      const cost = ctx.near(act, 'CREDIT_HARM', 24, true, false);
      if ((cond || conditioned(ctx, act)) && cost && /注销|关闭|取消/.test(t.slice(act.s, act.e)))
        out.push(act, cost);
    }
    // The same frame for any account operation the reader "must" do ("额度需调整，未及时操作将
    // 影响信用") — but not repaying ("未及时处理/还款将影响征信" is what real reminders say).
    const m = ctx.has('CREDIT_HARM') ? NOT_DONE_HARMS.exec(t) : null;
    if (m) out.push({ s: m.index, e: m.index + m[0].length });
    if (!out.length) return [];
    for (const h of ctx.all('CREDIT_HARM')) out.push(h);
    return spans(ctx, out);
  },
};
