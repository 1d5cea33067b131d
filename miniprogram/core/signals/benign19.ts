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
