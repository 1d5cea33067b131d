// Seventeenth round: Chinese abusive collection in behaviours the other frames miss, each a
// target and an act on it, made a threat by a debt, a condition or deadline, or by being the
// whole (short) message:
//   zhExposure17 (contact_exposure): "曝光你" said to the reader; the reader's photo doctored
//     ("给你p图", "你的照片p好了", "把你做成表情包"); the reader's affairs told to everyone they
//     know ("告诉你所有认识的人", "给你所有好友发短信", "短信轰炸你全家").
//   zhMenace17 (intimidation): our people at or on the way to the reader's hometown, registered
//     address, workplace or door, with a time or already there; the address claimed with a visit
//     after; paint, glue or words on the reader's door; "别让我碰到你", "小心你的家人", the
//     family's safety questioned; the reader's job or child's schooling to be ruined; a visit to
//     the child's school; calls "until you break"; curses ("不得好死", "别怪我不客气").
// A lawful notice, a warning about such acts, an errand or a service visit fires none.

import type { Context } from '../engine/context';
import { conditioned, deadlined, friendly, IN, sentenceOf } from '../engine/frames';
import { scan } from './degrading-acts';
import type { Pos } from './scripts6';
import { debtInTalk } from './threat-acts';
import { lawfulVisit19 } from './benign19';

const LAWFUL =
  /不得(?!好死)|禁止|违法|违规|投诉|举报|谨防|如遇|遇到|怎么办|反诈|依法|预约|维修|师傅|服务|哈哈|开玩笑/;

/** Not negated, not in a warning, a service's or a joke's sentence, not an errand. */
export function live(ctx: Context, h: Pos): boolean {
  return (
    !ctx.negated({ cls: 'NEG', s: h.s, e: h.e }, 6) &&
    !LAWFUL.test(sentenceOf(ctx, h)) &&
    !friendly(ctx, h)
  );
}

// At most six characters left in the act's clause, and nothing said after it.
const BARE_TAIL = /^[^，,。.!！?？;；\n]{0,6}[\s了的吧啊呀哦嘛吗!！。.~～…?？]*$/;

/** A debt, a condition or deadline over the act, or the act closing a short message. */
function threat(ctx: Context, h: Pos, debt: boolean): boolean {
  return live(ctx, h) && (debt || !!conditioned(ctx, h) || !!deadlined(ctx, h, 24) || bare(ctx, h));
}

/** The act closes a short message. */
function bare(ctx: Context, h: Pos): boolean {
  return ctx.text.length <= 40 && BARE_TAIL.test(ctx.text.slice(h.e));
}

const YOU = '(你|您)(的|们)?';

export const EXPOSE = new RegExp(
  `^${IN}{0,6}曝光(你|您)(?!身边|手机)|给(你|您)p(图|照)|(你|您)的(照片|头像|裸照)${IN}{0,6}p(好|成|了)` +
    `|(把|将)(你|您)(的照片)?做成(表情包|遗照|通缉令)` +
    `|(告诉|通知|发给|转告)${YOU}((所有|全部|每个)(的)?(好友|朋友|同事|同学)|(所有|全部)?(的)?(认识的人|身边的人|亲朋好友|街坊邻居|全村人|村里人|老乡))` +
    `|给${YOU}(所有|全部|每个)(的)?(好友|朋友|联系人|亲友|同事|亲戚)${IN}{0,3}(发|打)` +
    `|短信轰炸${YOU}(全家|家人|通讯录|亲友|朋友|同事)`,
  'g',
);

/** The Chinese exposure forms of this round: contact_exposure. */
export function zhExposure17(ctx: Context): Pos[] {
  const debt = debtInTalk(ctx);
  return scan(EXPOSE, ctx.text, '你|您').filter((h) => threat(ctx, h, debt));
}

// Our people at or heading to the reader's place (a collector's places need no debt), the
// reader told to open up, officers sent.
export const VISIT = new RegExp(
  `(我们|我|外访|专员|兄弟们|同事)${IN}{0,8}?(到|去|在|前往|上)${YOU}(老家|户籍地|户籍所在地|居住地|单位|公司|村|家门口|楼下|家)` +
    `|开门[,，]?${IN}{0,6}知道(你|您)在家|已(经)?(派|安排)(了)?(专员|外访|人)${IN}{0,4}上门`,
  'g',
);
const FAR = /老家|户籍|居住地|单位|公司|村|门口|楼下/;
const ELDERS = /看望|探望|拜访|叔叔|阿姨|爷爷|奶奶|外公|外婆|姥姥|姥爷|长辈/;
const SOON = /已经|正在|马上|今晚|今天|明天|晚上|分钟|小时|外访|专员|走访|调查|堵你|找你/;

export const MENACE = new RegExp(
  `(泼|淋|喷)(你|您)?(家)?(里|门上|门口)?(油漆|红油|红漆|大粪)|(灌|堵)(你|您)(家)?(的)?(门锁|锁眼)|(你|您)(家)?(的)?(门锁|锁眼)${IN}{0,3}(灌|堵)` +
    `|(你|您)(家)?(的)?(门|门口|墙)(上)?(写|喷|刷)(了)?(字|欠债|还钱|老赖)` +
    `|别让(我|我们|老子)${IN}{0,6}(碰到|看见|看到|遇到|撞见)(你|您)(?!再|又)` +
    `|小心(点)?${YOU}(家人|孩子|老婆|老公|爸妈|父母|女儿|儿子|全家|腿)(?!${IN}{0,3}(凉|冒|摔|病|暑|骗|丢|晒|烫))` +
    `|(想|考虑)过${YOU}(家人|孩子|全家)?的(人身)?安全` +
    `|让${YOU}(孩子|女儿|儿子|家人|爸妈|父母|全家)?${IN}{0,8}?(抬不起头|丢(掉|了)?(饭碗|工作)|工作(丢|保不住)|被(公司)?开除|被辞退|上不了学|指指点点)` +
    `|让${YOU}(老板|领导|公司|单位)${IN}{0,4}(开除|辞退)` +
    `|(去|到)${YOU}(孩子|儿子|女儿)(的)?(学校|幼儿园)(?!${IN}{0,6}(接|送|家长会|放学))${IN}{0,10}` +
    `|(找|向)${YOU}(爸妈|父母|家人|儿子|女儿|老婆|老公)(要|还|讨)(钱|债)?(?!${IN}{0,3}(零花|生活费|红包|压岁|学费|作业|玩具|签名))|父债子还` +
    `|(打|轰炸|骚扰)到(你|您)(崩溃|受不了|发疯|求饶|接电话为止)|^呼死你` +
    `|(你|您)(全家)?(会|就|迟早){0,2}不得好死|别怪(我|我们|老子)不客气|草泥马|操你妈|死老赖`,
  'g',
);
// Words that are abuse in any message, debt or not.
const CURSE = /不得好死|泥马|你妈|老赖/;

/** The Chinese menace forms of this round: intimidation. */
export function zhMenace17(ctx: Context): Pos[] {
  const t = ctx.text;
  const debt = debtInTalk(ctx);
  const out = scan(MENACE, t, '你|您|泥马|老赖|父债|别怪|泼|淋|喷').filter(
    (h) => threat(ctx, h, debt) || (CURSE.test(t.slice(h.s, h.e)) && live(ctx, h)),
  );
  // With no debt: not one person (a worried mother), no errand anywhere in the message.
  const visits = scan(VISIT, t, '你|您|上门').filter((h) => {
    const m = t.slice(h.s, h.e);
    if (
      !live(ctx, h) ||
      lawfulVisit19(ctx, h) ||
      friendly(ctx, { s: 0, e: t.length }) ||
      /拜个?年|吃|喝|玩|礼/.test(t)
    )
      return false;
    if (debt || (bare(ctx, h) && /在家|上门/.test(m))) return true;
    // "明天我们去你老家看看叔叔阿姨": the elders called on, with no debt in sight, is a visit.
    return FAR.test(m) && !/^我(?!们)/.test(m) && SOON.test(sentenceOf(ctx, h)) && !ELDERS.test(t);
  });
  return out.concat(visits);
}
