// Sixteenth round (fa19): genuine messages the frames or the model's gate read as scams or
// threats, each spared by what makes it benign, not by its phrase.
//   lawfulVisit19: a lender's visit to the reader's own address, announced with its lawful
//     manner ("按照合法合规方式上门", "根据相关规定…前往您的户籍地或居住地核实情况") and no one
//     else in it: a collector may visit the debtor (CBA 2026 guideline art. 22); what is
//     prohibited is the visit to the reader's circle (单位, 村委会, 家人), at night, or as a menace.
//   fraudNamed19: "…都是骗子" names the fraudsters the reader is warned of, not the reader.
//   paidInto19, tradeOnFile, doneBySpeaker19: money that moves nowhere new — a friend paying the
//     reader, goods paid to the account on file, a transfer the speaker already made.
// For the model's gate (gate.ts), what a friend's or a spouse's word on a debt does not ask (the
// model scores such chat like a scam's plain notice: 逾期 / 征信 / 还款):
//   opensAsk: "买房贷款麻烦": a request word that ends its clause is an adjective, no ask;
//     "免得年费", "以免影响征信": the speaker's reason, no condition put.
//   warnedOff: "别逾期了影响征信", "别被那些说能…的骗了": a harm warned off, nothing at stake.
//   bystander: "你那个借呗别逾期啊": the reader's debt named from outside; no lender speaks.
//   atStake: trouble befalling someone ("他遇到了点麻烦"), a relief offered ("可协商减免利息").

import type { Context, Hit } from '../engine/context';
import { sentenceOf, warnedOf } from '../engine/frames';
import type { Pos } from './scripts6';

const MANNER = /合法|合规|依法|依规|(按|根据|依据)(照)?(相关|有关)?(法律|规定)|出示/;
const PURPOSE = /核实|核查|了解|协商|送达|面谈/;
// A menace, or the reader held in for the visitors.
const MENACE = /晚|夜|凌晨|在家等|等着|后果|自行承担|看着办|好看/;

/** The visit in `h`'s sentence is the lender's lawful one to the reader: formal (您), a lawful
 * manner or a purpose with the reader, and no one else of theirs, no night and no menace. */
export function lawfulVisit19(ctx: Context, h: Pos): boolean {
  const s = sentenceOf(ctx, h);
  const here = (x: Hit) => ctx.sentence[x.s] === ctx.sentence[h.s];
  return (
    /您/.test(s) &&
    (MANNER.test(s) || PURPOSE.test(s)) &&
    !MENACE.test(s) &&
    !ctx.all('WHO').some((w) => here(w) && !/户籍/.test(ctx.text.slice(w.s, w.e)))
  );
}

/** The insult at `h` sits in "…都是骗子": the fraudsters named in a warning. */
export function fraudNamed19(ctx: Context, h: Pos): boolean {
  return ctx.all('ADVISORY_QUOTE').some((q) => q.s <= h.s && q.e >= h.e);
}

/** "你把银行卡号发我，我把上次聚餐的钱转你": the card number asked by a person to pay the reader,
 * no code or password in it and no institution's refund: a number receives money, it takes none. */
export function paidInto19(ctx: Context, h: Pos): boolean {
  return (
    /我[^，,。]{0,10}(转|打|还)给?(你|您)/.test(sentenceOf(ctx, h)) &&
    !/退|赔|补贴|返还|客服|我们|我司|平台|公司|银行(?!卡)/.test(ctx.text) &&
    !ctx.has('SECRET')
  );
}

/** "货款请转到我们公司对公账户，账号和上次合同上的一样": with no debt or fee in sight, payment
 * for goods to the account already on file, unchanged — a trade. */
export function tradeOnFile(ctx: Context): boolean {
  return (
    !ctx.debtTalk &&
    !ctx.has('SCAM_PURPOSE') &&
    !ctx.has('MONEY_ASK') &&
    /(按|依|根据)(照)?合同|合同(上|里|中)的|(和|跟|同)(上次|以前|之前)|原来的/.test(ctx.text) &&
    !/变更|更换|换了|换成|改成|改为|改了|新的?(账|帐|卡)/.test(ctx.text)
  );
}

/** "孩子的学费我已经转到学校账户了": the speaker telling a transfer they made, nothing asked. */
export function doneBySpeaker19(ctx: Context, v: Pos): boolean {
  return /我(们)?(已经?|刚刚?|刚才)[^，,。]{0,8}$/.test(ctx.text.slice(Math.max(0, v.s - 12), v.s));
}

/** A request or condition cue that asks: something follows it in its clause ("买房贷款麻烦" is
 * an adjective), and it is no "lest" of the speaker's ("免得年费", "以免影响征信"). */
export function opensAsk(ctx: Context, h: Hit): boolean {
  return (
    !/^[，,。.!！?？;；~～…\s]|^$/.test(ctx.text.slice(h.e, h.e + 1)) &&
    !/^(避免|以免|免得)$/.test(ctx.text.slice(h.s, h.e))
  );
}

/** A stake the speaker warns the reader off in its clause, or one a warning quotes. */
export function warnedOff(ctx: Context, h: Hit): boolean {
  return (
    /(别|不要|免得|以免|避免)[^，,。]{0,6}$/.test(ctx.text.slice(Math.max(0, h.s - 8), h.s)) ||
    warnedOf(ctx, h)
  );
}

/** The reader's debt or card named from outside ("你那个信用卡", "你那笔网贷"). */
export function bystander(ctx: Context): boolean {
  return /你那(个|笔|张|些)/.test(ctx.text);
}

/** Something at stake the cue classes do not hold: trouble to someone, a relief offered. */
export function atStake(ctx: Context): boolean {
  return /(遇到|碰到|出)了?一?(点|些)?(麻烦|事了|意外)|减免|停息挂账/.test(ctx.text);
}
