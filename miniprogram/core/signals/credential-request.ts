import type { SignalRule } from './rule';
import { spans } from './rule';

// A code or password request in the same sentence as an ask. Real code messages say
// "请勿告诉他人" and ask nothing, so a sentence with that warning is never a request.
export const credentialRequest: SignalRule = {
  id: 'credential_request',
  title: '索要验证码或密码',
  explanation:
    '对方要你说出或发送验证码、密码、卡号、卡背面三位数等。拿到这些就能转走你的钱或借走你的额度。任何正规机构的工作人员都不会索要验证码。',
  detect(ctx) {
    const out = [];
    // A card or ID number is asked for by shops and clinics too; it is a credential request
    // when money, a loan or a case is the talk.
    const money = ctx.debtTalk || ctx.has('PURPOSE_MONEY');
    const asked = [...ctx.all('SECRET'), ...(money ? ctx.all('SECRET_WEAK') : [])];
    for (const sec of asked) {
      if (ctx.negated(sec)) continue;
      const sentence = ctx.sentence[sec.s];
      const safe = ctx.all('SAFE_CODE').some((h) => ctx.sentence[h.s] === sentence);
      if (safe) continue;
      const ask = ctx.near(sec, 'ASK', 40, true, true);
      if (ask) out.push(sec, ask);
    }
    return spans(ctx, out);
  },
};
