// fa19: what a friend's or a family member's word on a debt does not ask, for the gate (gate.ts).
// The model scores such chat like a scam's plain notice (逾期 / 征信 / 还款), so the gate reads:
// - "买房贷款麻烦": a request word that ends its clause is an adjective ("troublesome"), no ask.
// - "免得年费", "以免影响征信": the speaker's reason (lest…), no condition put to the reader.
// - "别逾期了影响征信": a harm warned against by the speaker is advice, nothing at stake.
// - "你那个借呗别逾期啊": the reader's debt named from outside ("你那个…", "你那笔…"): the
//   speaker is no lender, so the message is no debt notice however its words score.

import type { Context, Hit } from '../engine/context';
import { accountOnFile19 } from '../signals/benign19';
import { warnedOf } from '../engine/frames';

const LEST = /^(避免|以免|免得)$/;
const WARNED = /(别|不要|不能|免得|以免|避免|省得|防止)[^，,。!！?？;；\n]{0,6}$/;

/** A request word that opens an ask: something follows it in its clause. */
export function opensAsk(ctx: Context, h: Hit): boolean {
  return !/^[，,。.!！?？;；~～…\s]|^$/.test(ctx.text.slice(h.e, h.e + 1));
}

/** A condition cue that is a condition, not the speaker's "lest". */
export function conditionNotLest(ctx: Context, h: Hit): boolean {
  return !LEST.test(ctx.text.slice(h.s, h.e));
}

/** A stake the speaker warns the reader off, in the same clause ("别逾期了影响征信"), or one
 * a warning quotes ("别被那些说能帮你消除逾期记录的骗了"). */
export function warnedOff(ctx: Context, h: Hit): boolean {
  return WARNED.test(ctx.text.slice(Math.max(0, h.s - 8), h.s)) || warnedOf(ctx, h);
}

/** The reader's debt or card named from outside ("你那个信用卡", "你那笔网贷"). */
export function bystander(ctx: Context): boolean {
  return /你那(个|笔|张|些)/.test(ctx.text);
}

// Trouble that befell someone ("他遇到了点麻烦", "您儿子出事了"), or a debt relief offered
// ("可协商减免利息"): something at stake for the reader, however the words are classed.
const AT_STAKE = /(遇到|碰到|出)了?(一|一点|一些|点|些)?(麻烦|事了|意外)|减免|停息挂账/;

/** Something at stake the cue classes do not hold: trouble to someone, a relief offered. */
export function atStake(ctx: Context): boolean {
  return AT_STAKE.test(ctx.text);
}

/** A payment for goods to the account on file, unchanged, with no debt or fee in sight
 * ("货款请转到我们公司对公账户，账号和上次合同上的一样"): no money moved anywhere new. */
export function tradeOnFile(ctx: Context): boolean {
  return !ctx.debtTalk && !ctx.has('SCAM_PURPOSE') && !ctx.has('MONEY_ASK') && accountOnFile19(ctx);
}
