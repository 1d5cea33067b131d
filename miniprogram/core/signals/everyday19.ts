// Nineteenth round: everyday money talk the scam rules read as a script. Each test names who
// moves the money and to whom, not a phrase:
//   selfMoved: the speaker moving their own money ("我把借呗额度提出来了，转到我的账户还房贷"),
//     nothing asked of the reader; speakerPays: the speaker paying the reader first.
//   payeeTyped: a transfer's payee the reader types in and checks (a bank's own guidance).
//   keptDeposit: money put into the reader's own new account, withdrawable at any time.
//   plainDeposit: a deposit to an everyday party (landlord, ETC, gym, car hire), returned when
//     the service ends, with no pretext, no hurry and no account of the caller's.
//   refused: a practice named to be judged unsafe ("私下交易不安全，还是走平台").

import type { Context } from '../engine/context';
import { clauseAround, sentenceOf } from '../engine/frames';
import type { Pos } from './scripts6';

// "我把工资…", "我用信用卡额度…", "我已经把花呗额度…": the speaker (not "帮我", not "我们") acting
// on money, with nothing asked of the reader in the sentence.
const SELF_MOVE =
  /(^|[^帮给让叫替求])我[^们你您]{0,2}(把|用|将|从)[^。!?\n]{0,10}?(额度|钱|工资|存款|余额|借呗|花呗|信用卡)/;

/** `p` (a transfer) is the speaker moving their own money, in a sentence that asks nothing. */
export function selfMoved(ctx: Context, p: Pos): boolean {
  const s = sentenceOf(ctx, p);
  return SELF_MOVE.test(s) && !/你|您|请|麻烦|帮/.test(s);
}

/** `p` ("先转") is the speaker paying the reader first: "我先转一下借款给你". */
export function speakerPays(ctx: Context, p: Pos): boolean {
  const c = clauseAround(ctx, p);
  return (
    /(^|[^帮给让叫替求])我(?!们)[^你您]{0,3}$/.test(ctx.text.slice(c.s, p.s)) &&
    /^[^你您]{0,8}?给(你|您)/.test(ctx.text.slice(p.s, c.e))
  );
}

/** `tail` (a transfer's object) is the payee the reader types in: "输入收款人卡号". */
export function payeeTyped(tail: string): boolean {
  return /(输入|填写|核对)(收款人|收款方)的?(卡号|账号|账户)$/.test(tail);
}

// What unlocks a loan, a payout or a "service" — not the reader's own account.
const PRETEXT = /贷|额度|放款|下款|提现|解冻|流水|验证|审核|征信|佣金|返利|收益|任务|奖|保险/;

/** Money put into the reader's own new account that stays theirs: "开户需存入10元，可随时取出". */
export function keptDeposit(ctx: Context): boolean {
  const t = ctx.text;
  return /开户|办卡|新卡|新开/.test(t) && /随时(可以)?(支?取|取出)/.test(t) && !PRETEXT.test(t);
}

// The party and the end of the service ("退房时", "注销时", "还车后") it is returned at ...
const PARTY = /etc|房东|退房|退租|租房|房租|租车|健身|酒店/;
const RETURNED = /(退房|退租|注销|退卡|还车|离店|到期|归还)(时|后)?[^。!?\n]{0,6}?(退还|退回|返还)/;
// ... with no hurry, and no account, code or contact of the caller's.
const PUSHED = /立即|马上|尽快|今天|小时内|否则|账户|账号|卡号|码|微信|qq|客服|财务|\d{8}/;

/** A refundable deposit to an everyday party, asked with no pretext, hurry or payee account. */
export function plainDeposit(ctx: Context): boolean {
  const t = ctx.text;
  return (
    /押金|保证金/.test(t) &&
    PARTY.test(t) &&
    RETURNED.test(t) &&
    !PRETEXT.test(t) &&
    !PUSHED.test(t) &&
    !ctx.entities.some((e) => e.kind !== 'amount' && e.kind !== 'date')
  );
}

/** The practice at `p` is judged unsafe or advised against in its own clause. */
export function refused(ctx: Context, p: Pos): boolean {
  const c = clauseAround(ctx, p);
  return (
    /^.{0,4}?(不安全|有风险|容易被骗|没保障)/.test(ctx.text.slice(p.e, c.e)) ||
    /(不要|别|勿|不建议|避免).{0,4}$/.test(ctx.text.slice(c.s, p.s))
  );
}
