// Sixteenth round (fa19): benign messages the frames read as threats, each spared by what makes
// it benign, not by its phrase:
//   lawfulVisit19: a lender's visit to the reader's own address, announced with its lawful
//     manner ("按照合法合规方式上门", "根据相关规定…前往您的户籍地或居住地核实情况") and no one
//     else in it: a collector may visit the debtor (CBA 2026 guideline art. 22); what is
//     prohibited is the visit to the reader's circle (单位, 村委会, 家人), at night, or as a menace.
//   fraudNamed19: "…都是骗子" names the fraudsters the reader is warned of, not the reader.

import type { Context } from '../engine/context';
import { sentenceOf } from '../engine/frames';
import type { Pos } from './scripts6';

const MANNER = /合法|合规|依法|依规|(按|根据|依据)(照)?(相关|有关)?(法律|规定)|出示(工作证|证件)/;
const PURPOSE = /核实|核查|了解[^，,。!！?？]{0,8}情况|协商|送达|面谈/;
// Someone besides the reader, a night, a menace or the reader held in for the visitors.
const NOT_OWN =
  /单位|公司|村委|居委|社区|网格|邻居|家人|家属|配偶|父母|爸妈|亲友|亲属|亲戚|朋友|同事|领导|老板|学校|通讯录|联系人|社会关系|凌晨|夜|晚上|今晚|在家等|等着|后果|自负|自行承担|看着办|好看/;

/** The visit in `h`'s sentence is the lender's lawful one to the reader: formal (您), a lawful
 * manner or a purpose with the reader, and no one else, no night and no menace. */
export function lawfulVisit19(ctx: Context, h: Pos): boolean {
  const s = sentenceOf(ctx, h);
  return (
    /您/.test(s) && (MANNER.test(s) || PURPOSE.test(s)) && !NOT_OWN.test(s) && !/你(?!们)/.test(s)
  );
}

/** The insult at `h` sits in "…都是骗子": the fraudsters named in a warning. */
export function fraudNamed19(ctx: Context, h: Pos): boolean {
  return ctx.all('ADVISORY_QUOTE').some((q) => q.s <= h.s && q.e >= h.e);
}

const CODE_AFTER = /^\s*(为|是)?\s*[:：]?\s*[0-9]{4,8}(?![0-9])/;

/** The message hands the reader a code and warns them off telling it ("验证码218844，…请勿告诉
 * 他人"): the service delivering it. Whoever asks for a code does not know it. */
export function codeDelivered(ctx: Context): boolean {
  return (
    ctx.has('SAFE_CODE') &&
    ctx.all('SECRET').some((h) => CODE_AFTER.test(ctx.text.slice(h.e, h.e + 10)))
  );
}

const PAY_YOU = /我[^，,。!！?？]{0,10}(转|打|还)(给)?(你|您)/;
const INSTITUTION = /退款|理赔|赔偿|补贴|返还|退还|客服|我们|我司|平台|公司|银行(?!卡)/;

/** "你把银行卡号发我，我把上次聚餐的钱转你": the card number asked by a person to pay the reader,
 * no code or password in it and no institution's refund: a number receives money, it takes none. */
export function paidInto19(ctx: Context, h: Pos): boolean {
  return (
    PAY_YOU.test(sentenceOf(ctx, h)) &&
    !INSTITUTION.test(ctx.text.replace(/银行卡/g, '')) &&
    !ctx.has('SECRET')
  );
}

const ON_FILE = /(按|依|根据)(照)?合同|合同(上|里|中)的|(和|跟|同)(上次|以前|之前)|原来的|一直用的/;
const CHANGED = /变更|更换|换了|换成|改成|改为|改了|新的?(账户|账号|帐户|卡)/;

/** "货款请转到我们公司对公账户，账号和上次合同上的一样": with no debt or fee in sight (the
 * caller's `purpose`), payment for goods to the account already on file, unchanged — a trade. */
export function accountOnFile19(ctx: Context): boolean {
  return ON_FILE.test(ctx.text) && !CHANGED.test(ctx.text);
}

/** "孩子的学费我已经转到学校账户了": the speaker telling a transfer they made, nothing asked. */
export function doneBySpeaker19(ctx: Context, v: Pos): boolean {
  return /(我|我们)(已经|已|刚刚|刚才|刚)[^，,。!！?？]{0,8}$/.test(
    ctx.text.slice(Math.max(0, v.s - 12), v.s),
  );
}
