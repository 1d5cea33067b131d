// Eighteenth round: Chinese abusive collection as real collectors say it in five or ten words,
// no debt word needed. Each frame is a target (the reader's home, body, family, circle or
// routine) and an act on it, made a threat by a debt, a condition, a deadline, or by closing a
// short message with nothing after it that gives it a purpose:
//   zhExposure18 (contact_exposure): the reader's whole village, company or circle "will know";
//     every contact sent one ("通讯录每人一条", "给你亲戚朋友都发一遍"); the family made to know
//     the debt ("让你老婆知道你干的好事"); the boss offered a call ("要不要我告诉你老板"); the
//     doctored photo about to be sent out.
//   zhMenace18 (intimidation): our people or field staff at, on the way to, or already at the
//     reader's place ("我们的人在你楼下", "外访人员已出发"); the reader's routine or whereabouts
//     claimed ("你的行踪我们都掌握"); the family hunted one by one; the address claimed and a
//     visit after; harm to the body ("让你住院"), curses ("怎么不去死", "死全家"), sleepless
//     nights and calls at midnight promised; a funeral portrait made for the reader; "等着被抓".
// A lender's lawful notice, a warning about such acts, an errand, a greeting or a joke fires none.

import type { Context } from '../engine/context';
import { conditioned, deadlined, friendly, IN } from '../engine/frames';
import { KIN } from './abuse-zh16';
import { scan } from './degrading-acts';
import type { Pos } from './scripts6';
import { debtInTalk, YOU } from './threat-acts';
import { live } from './zh-abuse17';

// Nothing after the act but particles: "我们的人在你楼下。" closes; "…等你吃饭" or "…的是谁啊?" does not.
const CLOSES = /^[\s了的吧啊呀哦嘛!！。.~～…]*$/;

/** The act closes a short message. */
function closes(ctx: Context, h: Pos): boolean {
  return ctx.text.length <= 40 && CLOSES.test(ctx.text.slice(h.e));
}

/** Live, and a debt, a condition or deadline over it, or it closes a short message. */
function fire(ctx: Context, h: Pos, debt: boolean, timed = true): boolean {
  return (
    live(ctx, h) &&
    (debt || !!conditioned(ctx, h) || (timed && !!deadlined(ctx, h, 24)) || closes(ctx, h))
  );
}

// Greetings and invitations the reader's people are "all sent", a photo retouched for them
// (wishes and the new year are friendly()'s errands already).
const GREETING = /春节|喜糖|请帖|请柬|邀请|红包|报平安|婚礼|美颜|修图|写真|婚纱/;

const CROWD =
  '(全村|村里|全小区|全公司|全校|街坊邻居|左邻右舍|身边的人|亲戚朋友|所有的?(亲戚|朋友|同事|同学|联系人)|你们(村|公司|单位|小区))';
const DEBT_TOLD = '(你|您)(欠|借(了)?(钱|网贷|贷款|高利贷)|是(个)?老赖|不还|赖账|逾期|干的好事)';

export const TOLD = new RegExp(
  // "全村都会知道": the reader's whole circle will know.
  `${CROWD}(的?人)?(都|很快|马上|明天|迟早|早晚|全){0,2}(会|要|就|将){0,2}(知道|晓得)(${DEBT_TOLD})?` +
    // "通讯录每人一条", "给你亲戚朋友都发一遍": every contact sent one.
    `|(通讯录|通信录|联系人|亲戚朋友|亲朋好友)(里)?(的人)?(每人|每个人|挨个|一个一个|一个个|人手){1,2}(一条|一份|一个电话|发|打|通知)(短信|信息|消息)?` +
    `|给${YOU}(亲戚朋友|亲朋好友|家人|亲戚|朋友|同事|领导|通讯录|联系人|全家|爸妈|父母)(们)?(都|全|挨个|每人|一个一个|全部){1,2}(发|打)(一遍|一圈|个遍|一轮|一条)?` +
    // "让你老婆知道你干的好事".
    `|(让|叫)${YOU}${KIN}(都)?知道${DEBT_TOLD}` +
    // "要不要我告诉你老板": the employer offered a call.
    `|(要不要|信不信|想不想)(我|我们)(去|帮你)?(告诉|通知|打电话给|找)${YOU}(老板|领导|公司|单位|同事|hr)` +
    // "你的照片已经P好了，准备发出去": the doctored photo about to go out.
    `|(你|您)的(照片|相片|头像|裸照|脸)${IN}{0,6}p(好|成|完)(了)?[，,]?${IN}{0,6}(发|挂|贴)(出去|网上|朋友圈|到群)` +
    // "我们会在你家门口贴告示": the debt posted where the reader lives or works.
    `|(在|到)${YOU}(家门口|门口|小区|村口|单位门口|公司门口|楼下)(贴|挂|拉)(你的?)?(告示|横幅|大字报|公告|欠条|照片)` +
    // "你爸妈还不知道吧": the family's ignorance held over the reader.
    `|${YOU}${KIN}(还|都)?(不知道|不晓得)(吧|呢)`,
  'g',
);

/** The Chinese exposure forms of this round: contact_exposure. */
export function zhExposure18(ctx: Context): Pos[] {
  const t = ctx.text;
  if (GREETING.test(t) || friendly(ctx, { s: 0, e: t.length })) return [];
  const debt = debtInTalk(ctx);
  return scan(TOLD, t, '知道|晓得|每|挨个|一个|人手|发|打|p|要不要|信不信|想不想|贴|挂|拉').filter(
    (h) => {
      const m = t.slice(h.s, h.e);
      // The debt told stands alone; the rest needs a threat's frame.
      if (/欠|借|赖|不还|逾期|好事/.test(m)) return live(ctx, h);
      // The boss offered a call: over a debt, or all that is said ("…你今天请假" is an errand).
      if (/^(要不要|信不信|想不想)/.test(m)) return live(ctx, h) && (debt || closes(ctx, h));
      // "…明天就会知道你升职的消息" is news: a time alone does not make the circle's knowing a threat.
      return fire(ctx, h, debt, !/知道|晓得/.test(m));
    },
  );
}

// The collector's people: "我们的人", field staff, collectors, "兄弟们".
const CREW = '(我们的人|我们的同事|外访|催收(人员|专员|员)|兄弟们|我的人)';
const ROUTINE =
  '(行踪|一举一动|上班的地方|住的地方|每天(几点|在哪|去哪)(上班|下班|出门|回家|放学)?|几点(下班|上班|出门|回家|放学)|在哪(上班|上学|住|读书))';

export const MENACE = new RegExp(
  // "我们的人在你楼下", "外访人员已出发", "我们的人来过了".
  `${CREW}${IN}{0,6}?(在|到|去|前往|赶往|来)(了|过)?${YOU}(老家|户籍地|家门口|家里|楼下|小区|公司|单位|村|学校|家|门口)(门口|楼下|外面|附近|里)?` +
    `|${CREW}${IN}{0,4}?(已出发|出发了|已经出发|在路上|来过了|去过了)` +
    // "你的行踪我们都掌握", "我们知道你每天几点下班", "我们的人会一直跟着你".
    `|(你|您)(的|家)?(孩子|儿子|女儿|老婆|老公)?(的)?${ROUTINE}${IN}{0,4}?(我们|我)(都|全|早就|已经|一直){0,2}(知道|清楚|掌握|摸清|了如指掌|一清二楚)` +
    `|(我们|我)(都|全|早就|已经){0,2}(知道|清楚|掌握|摸清)(了)?(你|您)(的|家)?(孩子|儿子|女儿|老婆|老公)?(的)?${ROUTINE}` +
    `|${CREW}(会)?(一直|天天|每天)(跟着|盯着|跟踪)(你|您)` +
    // "你的家人我们会一个一个找".
    `|(你|您)(的)?${KIN}${IN}{0,4}(我们|我)(会|就|要|都){0,2}(一个一个|一个个|挨个|逐个)(去)?(找|联系|通知|上门|问候)` +
    // "你老家在哪我们清楚，明天就过去": the address claimed, and a visit after.
    `|(你|您)(的)?((老家|家|住址|单位|公司)(在哪|住哪|地址)|住(在)?哪(里)?)(我们|我)(都|早就|已经|全)?(清楚|知道|查到|摸清)(了)?[，,]?${IN}{0,6}(过去|上门|来找你|去找你|去你)` +
    // "让你住院": harm to the body.
    `|(让|叫|打得|打到|送)(你|您)(住院|进医院|进icu|躺医院|残废|缺胳膊少腿|断手断脚|坐轮椅)` +
    // "你这种人怎么不去死", "死全家".
    `|(你|您)(这种人)?(怎么|咋|为什么|为啥)(还)?不(去)?死(?=[吧啊呀吗了呢]|[^\u4e00-\u9fa5]|$)|(去)?死全家|全家(死光|死绝|都去死)` +
    // "今晚让你睡不着", "我们会让你付出代价".
    `|(让|叫)(你|您)(今晚|每天|天天|以后|这辈子|全家)?(都)?(睡不着|不得安宁|不得安生|生不如死|后悔一辈子|付出代价)` +
    // "每天半夜给你打电话".
    `|(半夜|深夜|凌晨)(都|就|会)?((给|打给)(你|您)(打)?(电话|call)|(打|轰炸|骚扰)(你|您))` +
    // "给你做个遗像挂出去": the reader's funeral prepared.
    `|(给|帮|替)(你|您)(全?家)?(做|p|弄|整|准备|送)(个|了|张|一张|一个|好){0,2}(遗像|遗照|黑白照|花圈|寿衣|棺材|灵堂)(${IN}{0,3}(挂|发|贴|送)(出去|过去|上门))?` +
    // "等着被抓吧".
    `|等着(被)?(抓|拘留|逮捕|坐牢|吃牢饭|进监狱|判刑)(去)?|等着${IN}{0,4}(抓|拘留)(你|您)`,
  'g',
);
// A visit or a "让你…" that is an errand, advice or a lender's lawful step (a letter served, a
// check), not a menace; beside friendly()'s errands (a game, a parcel, a meal), which it also asks.
const ERRAND =
  /玩|球|唱歌|看你|蛋糕|医生|病|手术|治疗|检查|电影|考试|家访|调研|采访|送达|提醒函|核实/;

const SPEAKER = new RegExp(`(我|我们|老子)${IN}{0,6}$`);

/** The Chinese menace forms of this round: intimidation. */
export function zhMenace18(ctx: Context): Pos[] {
  const t = ctx.text;
  const debt = debtInTalk(ctx);
  return scan(MENACE, t, '你|您|外访|催收|上门|兄弟|的人|同事|死|等着').filter((h) => {
    const m = t.slice(h.s, h.e);
    if (ERRAND.test(t) || friendly(ctx, { s: 0, e: t.length })) return false;
    // A curse on the reader or their family is abuse whoever says it ("这种骗子死全家" curses no reader).
    if (/死/.test(m) && !/^(让|叫|打|送)/.test(m)) return live(ctx, h) && (debt || /你|您/.test(t));
    const before = t.slice(0, h.s);
    // "让你睡不着", "让你后悔一辈子" is a film's or an adviser's as much as a collector's: the
    // speaker, a debt or a condition makes it one.
    if (
      /^(让|叫)/.test(m) &&
      /睡|宁|安生|后悔|代价|生不如死/.test(m) &&
      !debt &&
      !SPEAKER.test(before)
    )
      return !!conditioned(ctx, h) && live(ctx, h);
    // "兄弟们已经出发了" is a team's outing, "骗子等着坐牢吧" a comment, unless a debt is in sight
    // or the reader is the one told to wait.
    if (/^兄弟们/.test(m)) return debt && live(ctx, h);
    if (/^等着/.test(m) && !debt && !/(^|[，,。.!！?？：:\s]|(你|您)(就|只能|只有)?)$/.test(before))
      return false;
    return fire(ctx, h, debt);
  });
}

// "逾期将影响征信，后果自负", "将依法起诉，由此产生的一切后果由您承担": the outcome is the lawful step
// the notice names, not a menace.
const LAWFUL_STEP = /征信|起诉|诉讼|法院|法律责任|依法|仲裁/;

/** A "后果自负" whose consequence is a lawful step named in the same notice. */
export function lawfulOutcome(ctx: Context, h: Pos): boolean {
  return /后果|承担/.test(ctx.text.slice(h.s, h.e)) && LAWFUL_STEP.test(ctx.text);
}
