// Degrading acts: prohibited collection that attacks the reader's body, dignity or life rather
// than their purse or their circle — sex work or the body as the way to pay ("你这个姿色可以去陪
// 酒还钱", "还不起就肉偿"), self-harm put to them ("表演一下跳楼", "还不上就去跳河"), a curse on the
// family ("你妈死了吗，还钱"), a beating promised ("让你躺着进医院"), and the reader's photo doctored
// or sent to the people they know ("把你P成遗照", "把你的照片发到你的通讯录群里"). Each is an act
// and what ties it to the debt (a repayment said in the same sentence, a debt in the message, or
// an act nobody but a pursuer commits), not a list of sentences. No lender writes any of them; a
// job advert, a sale ("跳楼价"), a crisis hotline, advice and news use the same words, and are
// excluded by what they say around them. Matched on the normalised text (simplified, lower case).

import type { Context } from '../engine/context';
import { announced, conditioned, IN, sentenceOf } from '../engine/frames';
import { gateOpen, scanAll } from '../engine/regex-plan';

type Pos = { s: number; e: number };

// Sex work, or the reader's body, as what pays: the act. "去卖" only at a clause end ("还不上就去
// 卖"), since "去卖房子" sells a house; "出台" only offered ("还可以出台"), since governments 出台 rules.
const SEX_WORK =
  '(陪酒|陪睡|陪客(?!户|服)|坐台|(可以|去|就)出台|卖身(?!契)|卖淫|卖肉|卖屁股|肉偿|以身抵债|以身相抵|做鸡|当鸡|做小姐|当小姐|做楼凤|援交|夜总会|夜场|去卖(?=[吧啊呗嘛啦咯喇]?($|[，,。.!！?？~～…\\s])))';
const BODY_PAYS = `(用|拿|靠)(你|您)?(的)?(身体|肉体|身子)(来)?(还|抵|偿|换)`;
// "让我们开心开心…你懂的": the reader (or his wife) to "please" the collectors.
const PLEASE_US =
  '(让|陪|伺候|服侍)(我们|我|哥几个|兄弟们?|老子|老板)(开心开心|快活快活|舒服舒服|爽爽|爽一爽|玩玩|乐呵乐呵|睡一晚|睡一觉|睡觉|过夜)' +
  '|(让|叫)(她|(你|您)的?(老婆|媳妇|女儿|妹妹|女朋友|对象|妈))(来|去)?陪(陪|一陪)?(我们|我|老板|兄弟|哥几个)';
const SEX = new RegExp(`${SEX_WORK}|${BODY_PAYS}|${PLEASE_US}`, 'g');
/** What ties the act to the debt in its sentence: the money to repay, or the reader's looks. */
const REPAY =
  /还钱|还债|还款|抵债|抵账|利息|还不上|还不起|还不了|还不清|还唔到|还唔起|还唔清|没钱|欠|债|(来|去|就|可以)还|姿色|身材|长得|脸蛋|漂亮|你懂的|怎样开心|怎么开心|就算了|一笔勾销|两清|就当还/;
/** A job advert, a lure, a night out: the words of hiring or of leisure, not of collecting. */
const HIRING =
  /招聘|诚聘|急招|招人|日结|高薪|岗位|月入|包吃住|兼职|应聘|面试|加微信|联系电话|电影|影院|门票|演出|优惠|立减/;

// Self-harm put to the reader: the act ...
const SELF_HARM =
  '(跳楼|跳河|跳江|跳海|跳湖|跳桥|跳崖|上吊|割腕|割脉|喝农药|喝敌敌畏|喝百草枯|吃安眠药|卧轨|自杀|自尽|寻死|去死|了结自己|结束自己的生命)';
const HARM_SELF = new RegExp(
  // ... as a show for the collectors ("给我们表演一下百米高台跳水"),
  `(表演|演)(一下|一个|个|下)?${IN}{0,6}(${SELF_HARM.slice(1, -1)}|跳水)` +
    // ... as the way out ("还不上就去跳河", "干脆喝农药算了", "你怎么不去跳楼"),
    `|(就|还是|干脆|不如|赶紧|快|直接|可以|怎么不|咋不|为什么不|还不|那就|你)(去)?${SELF_HARM}` +
    `|去${SELF_HARM}(吧|啊|算了|好了|得了|呗)` +
    // ... or the height named ("没钱还就从楼上跳下去").
    `|从${IN}{0,6}(楼上|楼顶|天台|桥上|窗户|阳台|顶楼|楼)${IN}{0,2}跳(下去|下来|楼)`,
  'g',
);
/** A repayment the reader cannot make, said beside the act: what makes it a collector's. */
const CANNOT_PAY = /还不上|还不起|还不了|还不清|还唔到|还唔起|没钱还|没钱|不还|欠/;
/** Talk that names these acts to stop them: a sale, a hotline, care, advice. */
const CARE =
  /跳楼价|跳楼甩卖|跳楼大甩卖|热线|心理|援助|想不开|珍爱生命|轻生|劝|千万不要|别做傻事|不要做傻事|救/;

// A curse on the reader's family or a name for the reader, in a demand for the debt: "你妈死了吗",
// "死全家", "你是猪吗", "你爸妈怎么生出你这种人". Among friends the same words are a quarrel, so
// the debt must be in the message.
const CURSE = new RegExp(
  '(你|您)(家)?(的)?(妈|爸|爹|娘|老妈|老爸|妈妈|爸爸|爸妈|父母|全家|家人|家里人|祖宗|八辈子?祖宗|一家)(是不是|都|早)?(死了|死光|死绝|死完|死干净)' +
    '|死(你)?全家' +
    '|(你|您)(就)?(是|这)(个|头|条|只)?(猪|狗|畜生|废物|垃圾|傻逼|傻b|sb|煞笔|脑残|白痴|蠢货|贱货|贱人|婊子|瘪三|孬种|王八)(吗|吧|啊|呀|么)' +
    '|(生|养|教)出(了)?(你|您)?(这种|这样|这么个)|(生|养|教)了(你|您)(这种|这样|这么个)',
  'g',
);

// A beating promised in so many words ("让你躺着进医院", "打得你住院"): harm, debt named or not.
const BEATING =
  /(让|叫)(你|您)(躺着|横着)(进|出|回|去|走)|把(你|您)(打|揍|砍)(到|得|成)(残废|半死|住院|进医院|爬不起来|站不起来)|(打|揍|砍)(到|得)(你|您)(残废|半死|爬不起来|站不起来)|(打|揍|砍)(得|到)(你|您)(进|住)(医院|icu|重症)|(送|让)(你|您)(去|进|上)?(火葬场|太平间|西天|见阎王|归西)/g;

// The family worn down by the collectors ("你爸妈年纪大了吧，经不经得起我们天天上门"), or means
// promised to make the reader pay ("我们有的是办法让你还"): a menace, debt named or not.
const STRAIN =
  /(经不经得起|经得起|禁得起|受不受得了|受得了|扛不扛得住|扛得住)[^，,。.!！?？;；\n]{0,4}(我们|我)[^，,。.!！?？;；\n]{0,4}(上门|折腾|吓|闹)|(有的是|多的是|有一百种)(办法|方法|手段|法子)(让|叫)(你|您)[^，,。.!！?？;；\n]{0,4}(还钱|还债|还上|吐出来|付出代价|后悔|好看|知道厉害|还(?=$|[，,。.!！?？]))/g;

// The reader's photo doctored into a shameful picture ("把你P成遗照", "头像P到色情图片上"): only a
// pursuer or a blackmailer does it to someone.
const DOCTORED = new RegExp(
  `(把(你|您)(的)?(照片|相片|头像|脸|身份证)?|(你|您)的?(照片|相片|头像|脸)${IN}{0,4})(p|ps|合成)(成|到|在|进|上)?${IN}{0,6}(遗照|黄图|色情|裸照|艳照|不雅|淫秽|通缉令|灵堂|冥)`,
  'g',
);
// The reader's photo, nudes or debt sent to the people they know, or to a group of them: "把你的照片
// 发到你的通讯录群里", "把你的裸照发给你所有的联系人".
const AUDIENCE =
  '(通讯录|通讯录群|联系人|紧急联系人|家族群|亲友群|家人群|家庭群|亲戚群|班级群|同学群|工作群|公司群|单位群|村群|业主群|小区群|朋友圈|爸妈|父母|家人|亲戚|亲友|朋友|好友|同事|同学|领导|老板|单位|公司|老婆|老公|对象)';
export const SENT_TO = new RegExp(
  `(发|群发|传|转发|散发|公布|推送)(到|给|进|在)(了)?(你|您)(们)?(的|家的?)?(所有的?|全部的?|每一个|每个)?${AUDIENCE}`,
  'g',
);
// The reader's contact book to receive their photo ("你所有的联系人都会收到你的照片"), or the
// family's knowing as the price of not paying ("不想让你爸妈知道就赶紧处理"): exposure held over
// the reader, debt named or not — no friend writes to a contact book, or settles by "处理".
const BOOK_GETS =
  /(你|您)的?(所有的?|全部的?|每一个|每个)?(通讯录|联系人|通讯录里的人|通讯录好友)[^，,。.!！?？;；\n]{0,4}(都|也|全)?(会|将|马上|很快|就)?(收到|看到|接到)/g;
const PRICE_OF_SILENCE =
  /(不想|不希望|不愿意?)(让)?(你|您)?(的|家)?(爸妈|父母|家人|家里人|老婆|老公|孩子|领导|同事|老板|亲戚|朋友)(都)?知道[^，,。.!！?？;；\n]{0,4}(赶紧|马上|尽快|快|今天)(处理|还|结清)/g;
/** Whose the thing sent is: the reader's photo, private material or debt. */
const MATERIAL =
  /(你|您)(的)?(照片|相片|裸照|艳照|不雅|私照|视频|聊天记录|身份证|头像|丑事|欠款|逾期|借款(信息|记录|合同|情况)|个人信息|资料)|(p|ps)(好|过|的)|遗照|黄图/;
/** The reader's photo, private material or debt (not an app's "您的头像" shown to friends). */
const SHAMING =
  /(你|您)的?(照片|相片|裸照|艳照|不雅|私照|视频|聊天记录|身份证|欠款|逾期|借款|丑事)/;
/** Words MATERIAL cannot match without (the cheap test before SENT_TO runs). */
const MATERIAL_WORDS =
  '照片|相片|裸照|艳照|不雅|私照|视频|聊天记录|身份证|头像|丑事|欠款|逾期|借款|个人信息|资料|遗照|黄图|p好|p过|p的|ps';
/** Material only a blackmailer holds: sent anywhere it is a threat. */
const OBSCENE = /裸照|艳照|不雅|私照|私密|黄图|色情|遗照|(p|ps)(好|过|的|成)/;
/** An audience only a collector sends to (no friend posts to the reader's contact book). */
const CONTACT_BOOK = /通讯录|联系人/;
/** A shape that makes the sending a threat: a condition, an announcement, a deadline. */
const SHAPE = /将|要|会|就|马上|立刻|今天|今晚|明天|已经|准备|信不信|等着/;

/**
 * Every non-empty match of a global `re` in `t`, at most `cap`, when `t` holds one of the `gate`
 * words (joined by '|'; '' for none): a native indexOf of the words first, so most notices never
 * compile the regex; then by its plan (engine/regex-plan.ts) where it has one, since a gate as
 * common as '你|您' leaves a long alternation to compile on most Chinese notices.
 */
export function scan(re: RegExp, t: string, gate: string, cap = 16): Pos[] {
  if (gate && !gateOpen(re, t, gate)) return [];
  return scanAll(re, t, cap);
}

/**
 * Not negated ("不会联系你的家人", "不要把您的身份证照片发给朋友": the "把" object may stand between),
 * and not a statement of what is forbidden or advised.
 */
function live(ctx: Context, h: Pos): boolean {
  let s = h.s;
  while (s > 0 && h.s - s < 16 && ctx.clause[s - 1] === ctx.clause[h.s]) s--;
  return (
    !ctx.negated({ cls: 'NEG', ...h }, 6) &&
    !/(不要|别|请勿|切勿|不会|不能|千万别|不准|不许|不得)把/.test(ctx.text.slice(s, h.s)) &&
    !/不得(?!好死)|禁止|严禁|违法|违规|投诉|举报|切勿|谨防|警惕|如遇|遇到|怎么办/.test(
      sentenceOf(ctx, h),
    )
  );
}

/**
 * The act is put to the reader — said to them, or as what to do ("还不上就去陪酒", "表演一下跳楼") —
 * not told of someone who did it ("他还不上就去跳楼了", "有个朋友去陪酒").
 */
function putToReader(ctx: Context, h: Pos): boolean {
  if (/^[了过]/.test(ctx.text.slice(h.e, h.e + 1))) return false;
  let s = h.s;
  while (s > 0 && ctx.clause[s - 1] === ctx.clause[h.s]) s--;
  const before = ctx.text.slice(s, h.s);
  return /你|您/.test(before) || !/他|她|有人|别人|朋友|同事|网友|借款人|男子|女子|某/.test(before);
}

/**
 * Sexual coercion, self-harm, a curse on the family and a beating, as acts on the reader:
 * intimidation. `debt`: the message is about a debt (the caller's own test).
 */
export function degradingActs(ctx: Context, debt: boolean): Pos[] {
  const t = ctx.text;
  const out: Pos[] = [];
  const sexHits = scan(
    SEX,
    t,
    '陪|坐台|出台|卖|肉偿|以身|做鸡|当鸡|小姐|楼凤|援交|夜总会|夜场|身体|肉体|身子|开心|快活|舒服|爽|玩玩|乐呵|睡|伺候|服侍',
  );
  for (let i = 0; i < sexHits.length; i++) {
    const h = sexHits[i];
    if (live(ctx, h) && REPAY.test(sentenceOf(ctx, h)) && putToReader(ctx, h) && !HIRING.test(t))
      out.push(h);
  }
  const harmSelfHits = scan(
    HARM_SELF,
    t,
    '跳|吊|割|农药|敌敌畏|百草枯|安眠药|卧轨|自杀|自尽|寻死|去死|了结|结束自己',
  );
  for (let i = 0; i < harmSelfHits.length; i++) {
    const h = harmSelfHits[i];
    // A show of self-harm asked of the reader needs no debt ("表演一下跳楼"); a dive, or the
    // rest, is a menace over a debt or beside a repayment they cannot make.
    const act = t.slice(h.s, h.e);
    const show = /^(表演|演)/.test(act) && !/跳水$/.test(act);
    if (
      live(ctx, h) &&
      putToReader(ctx, h) &&
      (debt || show || CANNOT_PAY.test(sentenceOf(ctx, h))) &&
      !CARE.test(t)
    )
      out.push(h);
  }
  if (debt) {
    const curseHits = scan(
      CURSE,
      t,
      '死|猪|狗|畜生|废物|垃圾|傻|sb|煞笔|脑残|白痴|蠢|贱|婊|瘪三|孬种|王八|生出|养出|教出|生了|养了|教了',
    );
    for (let i = 0; i < curseHits.length; i++) {
      const h = curseHits[i];
      if (live(ctx, h)) out.push(h);
    }
  }
  const beatingHits = scan(
    BEATING,
    t,
    '躺着|横着|医院|icu|重症|火葬场|太平间|西天|阎王|归西|残废|半死|起不来|起来',
  );
  for (let i = 0; i < beatingHits.length; i++) {
    const h = beatingHits[i];
    if (live(ctx, h)) out.push(h);
  }
  const strainHits = scan(STRAIN, t, '得起|得了|得住|有的是|多的是|一百种');
  for (let i = 0; i < strainHits.length; i++) {
    const h = strainHits[i];
    if (live(ctx, h) && /你|您/.test(sentenceOf(ctx, h))) out.push(h);
  }
  return out;
}

// The reader's photo already doctored and held ("你的照片已经P好了，不还就发"): the means made, the
// sending the price of not paying.
const READIED = new RegExp(
  `(你|您)(的|家人的|老婆的|女儿的)?(照片|相片|头像|裸照|视频|海报|遗照)${IN}{0,6}(p好|ps好|合成好|做好|印好|准备好|p出来|做出来)(了)?`,
  'g',
);

/** The reader's photo doctored, or their material sent to their people: contact_exposure. */
export function materialSent(ctx: Context, debt: boolean): Pos[] {
  const t = ctx.text;
  if (t.indexOf('你') < 0 && t.indexOf('您') < 0) return [];
  const out: Pos[] = [];
  for (let i = 0, list = scan(DOCTORED, t, 'p成|p到|p在|p进|p上|ps|合成'); i < list.length; i++) {
    const h = list[i];
    if (live(ctx, h)) out.push(h);
  }
  const readiedHits = scan(READIED, t, 'p好|ps好|合成好|做好|印好|准备好|p出来|做出来');
  for (let i = 0; i < readiedHits.length; i++) {
    const h = readiedHits[i];
    if (live(ctx, h) && (debt || conditioned(ctx, h, 30))) out.push(h);
  }
  for (let i = 0, list = scan(BOOK_GETS, t, '通讯录|联系人'); i < list.length; i++) {
    const h = list[i];
    if (live(ctx, h) && (debt || SHAMING.test(sentenceOf(ctx, h)))) out.push(h);
  }
  for (let i = 0, list = scan(PRICE_OF_SILENCE, t, '不想|不希望|不愿'); i < list.length; i++) {
    const h = list[i];
    if (live(ctx, h)) out.push(h);
  }
  for (let i = 0, list = scan(SENT_TO, t, MATERIAL_WORDS); i < list.length; i++) {
    const h = list[i];
    const sent = sentenceOf(ctx, h);
    if (!live(ctx, h) || !MATERIAL.test(sent)) continue;
    // With a debt, any of the reader's people told is exposure. Without, a grandmother sends the
    // reader's photo to the family group: only material a blackmailer holds, or the contact book
    // (whom no friend writes to), or the sending held over the reader, makes it a threat.
    const to = t.slice(h.s, h.e);
    if (
      debt ||
      OBSCENE.test(sent) ||
      CONTACT_BOOK.test(to) ||
      (!!(conditioned(ctx, h) || announced(ctx, h)) && SHAPE.test(sent))
    )
      out.push(h);
  }
  return out;
}
