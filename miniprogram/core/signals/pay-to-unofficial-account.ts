import type { SignalRule } from './rule';
import { spans } from './rule';
import { payAsked, recorded } from '../engine/frames';

// Real lenders take repayment only in their own app, bank or official account; a "safe",
// "supervision" or personal account, a QR code or a named person's card is where scams end.
export const payToUnofficialAccount: SignalRule = {
  id: 'pay_to_unofficial_account',
  title: '要求转账到非官方账户',
  explanation:
    '消息要你把钱转到个人账户、"安全账户/监管账户"、收款码或指定的他人银行卡。正规机构只会让你在自己的 App、银行或官方渠道还款，绝不会让你转给个人或"核查账户"。',
  detect(ctx) {
    const found = [];
    for (const h of ctx.live('PAY_ACCOUNT')) {
      if (ctx.negated(h, 16)) continue;
      found.push(h);
    }
    // "个人账户", "二维码", "备用金" are ordinary words until you are asked to pay into them.
    // ... and only when what is paid is a debt, a fee or a release, not a purchase.
    const purpose = ctx.debtTalk || ctx.has('SCAM_PURPOSE') || ctx.has('MONEY_ASK');
    for (const h of ctx.live('PAY_ACCOUNT_WEAK')) {
      // A personal or private account is never where a business takes payment.
      if (!purpose && !/个人|私人/.test(ctx.text.slice(h.s, h.e))) continue;
      if (ctx.negated(h, 16)) continue;
      const ask = payAsked(ctx, h);
      if (ask) found.push(h, ask);
    }
    for (const h of ctx.live('PAY_CASH')) found.push(h);
    // An account number or payee given next to a transfer verb.
    const verbs = ctx.live('PAY_VERB');
    for (const e of ctx.entities) {
      if (e.kind !== 'bank_card' && e.kind !== 'email') continue;
      const pos = ctx.entityPos(e);
      if (recorded(ctx, pos)) continue;
      const sent = ctx.sentence[Math.min(pos.s, ctx.text.length - 1)];
      if (ctx.all('RECORD').some((r) => ctx.sentence[r.s] === sent)) continue;
      const verb = verbs.find(
        (v) =>
          Math.abs(v.s - pos.s) <= 60 &&
          ctx.sentence[v.s] === ctx.sentence[Math.min(pos.s, ctx.text.length - 1)],
      );
      const given = ctx.near(pos, 'ACCOUNT_GIVEN', 30, true, false);
      if (verb || (given && e.kind === 'bank_card')) found.push(pos, verb);
    }
    // Any transfer into an account that is not the reader's own ("转到我们的资金托管账户"):
    // lenders collect by auto-debit or in their app, never by transfer to a named account.
    for (const v of verbs) {
      if (recorded(ctx, v)) continue;
      const tail = ctx.text.slice(v.e, v.e + 16);
      const m = /^[^,，。;；!?！？]{0,12}?(账户|账号|卡号|卡上|卡里)/.exec(tail);
      // The reader's own account is fine ("转入您的还款账户"); "我给你的卡号" is not theirs.
      if (
        !m ||
        /((^|[^给])(您|你)|本人|自己|名下|还款账|还款帐|绑定|尾号|原路|虚拟|专属)/.test(m[0])
      )
        continue;
      // "转入账号后四码…" in a bank's own transfer/OTP notice describes, it does not ask.
      const next = ctx.text.slice(v.e + m[0].length, v.e + m[0].length + 3);
      if (/^(后|末|尾)/.test(next) || ctx.has('SAFE_CODE')) continue;
      found.push(v, { s: v.e, e: v.e + m[0].length });
    }
    // "Your debt was sold to us; the lender no longer collects": pay-us-instead.
    const sold = ctx.live('DEBT_SOLD');
    if (sold.length && (verbs.length || ctx.has('ACCOUNT_GIVEN'))) found.push(sold[0], verbs[0]);
    if (!found.length) return [];
    return spans(ctx, found);
  },
};
