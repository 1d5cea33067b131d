import type { SignalRule } from './rule';
import { spans } from './rule';

// Insults, threats of harm or of turning up at home or work, threats involving children.
export const intimidation: SignalRule = {
  id: 'intimidation',
  title: '辱骂、恐吓、威胁上门',
  explanation:
    '对方辱骂你，或威胁上门、找你家人孩子、骚扰不停。催收不得辱骂、恐吓、威胁（《民法典》《治安管理处罚法》及行业规定）。保留录音截图，可以向12378投诉，受到人身威胁请报警110。',
  detect(ctx) {
    const out = [];
    for (const h of ctx.all('INSULT')) out.push(h);
    for (const h of ctx.all('THREAT')) out.push(h);
    // Visits and family mentions are threats only in talk about a debt ("明天去你家玩" is not).
    const debtTalk = ctx.debtTalk;
    if (debtTalk) for (const h of ctx.all('THREAT_DEBT')) out.push(h);
    for (const v of debtTalk ? ctx.all('VISIT') : []) {
      if (ctx.negated(v, 6)) continue;
      const fut = ctx.before(v, 'FUTURE', 12);
      if (fut) out.push(fut, v);
    }
    for (const f of debtTalk ? ctx.all('FAMILY') : []) {
      const harm = ctx.near(f, 'FAMILY_HARM', 10, true, false);
      if (harm) out.push(f, harm);
    }
    return spans(ctx, out);
  },
};
