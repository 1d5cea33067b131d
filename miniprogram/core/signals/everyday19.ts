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
import type { Pos } from './scripts6';

const re = (s: string) => new RegExp(s.replace(/~/g, '[^。!?\\n]'));

/** The clause around `p` (the text is normalised: ，！？ folded to ,!?). */
function clauseOf(ctx: Context, p: Pos): Pos {
  const c = ctx.clause;
  let s = p.s;
  let e = p.e;
  while (s > 0 && c[s - 1] === c[p.s]) s--;
  while (e < ctx.text.length && c[e] === c[p.s]) e++;
  return { s, e };
}

function sentenceOf(ctx: Context, p: Pos): string {
  const c = ctx.sentence;
  let s = p.s;
  let e = p.e;
  while (s > 0 && c[s - 1] === c[p.s]) s--;
  while (e < ctx.text.length && c[e] === c[p.s]) e++;
  return ctx.text.slice(s, e);
}

// "我把工资…", "我用信用卡额度…", "我已经把花呗额度…": the speaker (not "帮我", not "我们") acting
// on money ...
const SELF_MOVE = re(
  '(^|[^帮给让叫替跟和求])我(已经?|刚刚?|昨天|今天|之前)?(把|用|将|从)~{0,10}?(额度|钱|工资|存款|余额|积蓄|借呗|花呗|白条|信用卡|公积金)',
);
// ... with nothing asked of the reader in the sentence.
const READER = /你|您|请|麻烦|帮我|帮忙/;

/** `p` (a transfer) is the speaker moving their own money, in a sentence that asks nothing. */
export function selfMoved(ctx: Context, p: Pos): boolean {
  const s = sentenceOf(ctx, p);
  return SELF_MOVE.test(s) && !READER.test(s);
}

/** `p` ("先转") is the speaker paying the reader first: "我先转一下借款给你". */
export function speakerPays(ctx: Context, p: Pos): boolean {
  const c = clauseOf(ctx, p);
  const before = ctx.text.slice(c.s, p.s);
  return (
    /(^|[^帮给让叫替跟和求])我(?!们)[^你您]{0,3}$/.test(before) &&
    /^[^你您]{0,8}?给(你|您)/.test(ctx.text.slice(p.s, c.e))
  );
}

/** `tail` (a transfer's object) is the payee the reader types in: "输入收款人卡号". */
export function payeeTyped(tail: string): boolean {
  return /(输入|填写|填|核对|确认)(收款人|收款方|对方)的?(卡号|账号|帐号|账户|帐户)$/.test(tail);
}

// What unlocks a loan, a payout or a "service" — not the reader's own account.
const PRETEXT =
  /贷|额度|放款|下款|提现|解冻|流水|验证|核实|审核|认证|征信|还款能力|佣金|返利|收益|任务|刷单|中奖|奖金|保险/;

/** Money put into the reader's own new account that stays theirs: "开户需存入10元，可随时取出". */
export function keptDeposit(ctx: Context): boolean {
  const t = ctx.text;
  return (
    /开户|办卡|开卡|新卡|新开/.test(t) &&
    /随时(可以?|能)?(取|支取|提取|取出|转出)/.test(t) &&
    !PRETEXT.test(t)
  );
}

// The party and the end of the service: "退房时", "注销时", "退卡后", "还车后", "到期".
const PARTY = /etc|房东|退房|退租|租房|房租|租车|还车|健身|退卡|物业|宿舍|酒店|入住|押金条|驾校/;
const RETURNED = re(
  '(退房|退租|注销|退卡|还车|离店|到期|结束|搬走|归还)(时|后|以后|之后)?~{0,6}?(退还|退回|返还|退给|退)',
);
// Hurry or someone else's account turns a deposit into the advance-fee script.
const PUSHED = re(
  '立即|马上|尽快|立刻|今天内|今日内|小时内|分钟内|限时|逾期|否则|不然|账户|账号|卡号|收款码|二维码|微信|qq|客服|专员|经理|财务|(注销|关闭)~{0,4}?(账|贷|会员|校园)',
);

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
  const c = clauseOf(ctx, p);
  return (
    /^[^,]{0,6}?(不安全|有风险|风险(大|高)|容易(被骗|上当)|没(有)?保障|不靠谱|不可靠)/.test(
      ctx.text.slice(p.e, c.e),
    ) || /(不要|别|切勿|勿|不建议|避免|千万别)[^,]{0,4}$/.test(ctx.text.slice(c.s, p.s))
  );
}
