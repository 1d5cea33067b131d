import type { SignalRule } from './rule';
import { spans } from './rule';
import { menacing } from '../engine/frames';

// Insults, threats of harm or of turning up at home or work, threats involving children.
// A threat word counts inside a threat: about a debt, or aimed at the reader with people on
// the way ("正在派人去找你") — "二十四小时" or "一百个" in an ordinary sentence is nothing.
export const intimidation: SignalRule = {
  id: 'intimidation',
  title: '辱骂、恐吓、威胁上门',
  explanation:
    '对方辱骂你，或威胁上门、找你家人孩子、骚扰不停。催收不得辱骂、恐吓、威胁（《民法典》《治安管理处罚法》及行业规定）。保留录音截图，可以向12378投诉，受到人身威胁请报警110。',
  detect(ctx) {
    // Harm threatened, or people sent to the reader: a threat in five words, debt named or not.
    const out: Array<{ s: number; e: number }> = menacing(ctx);
    const debtTalk = ctx.debtTalk || out.length > 0;
    if (!debtTalk) return [];
    for (const h of ctx.all('INSULT')) out.push(h);
    for (const h of ctx.all('THREAT')) if (!ctx.negated(h, 4)) out.push(h);
    // Visits and family mentions are threats only in talk about a debt ("明天去你家玩" is not).
    for (const h of ctx.all('THREAT_DEBT')) out.push(h);
    for (const v of ctx.all('VISIT')) {
      if (ctx.negated(v, 6)) continue;
      const fut = ctx.before(v, 'FUTURE', 12);
      if (fut) out.push(fut, v);
    }
    for (const f of ctx.all('FAMILY')) {
      const harm = ctx.near(f, 'FAMILY_HARM', 10, true, false);
      if (harm) out.push(f, harm);
    }
    return spans(ctx, out);
  },
};
