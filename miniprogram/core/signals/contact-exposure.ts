import type { SignalRule } from './rule';
import { spans } from './rule';
import {
  AVOIDING,
  collecting,
  friendly,
  IN,
  menacing,
  sentenceOf,
  threatened,
} from '../engine/frames';
import { foreignExposure } from './abuse-lexicon';
import { exposure16, festive16 } from './abuse-frames16';
import { zhExposure16 } from './abuse-zh16';
import { zhExposure17 } from './zh-abuse17';
import { zhExposure18 } from './zh-abuse18';
import { exposure19, festive19 } from './abuse19';
import { materialSent, scan } from './degrading-acts';
import { lawfulVisit19 } from './benign19';
import { bareTold, exposureActs, publicShaming, reachOnly, supposed, threats } from './threat-acts';
import type { Context, Hit } from '../engine/context';
import { gateOpen, matchAll as planned } from '../engine/regex-plan';

// Collecting from or exposing the debt to contacts, family, employer or in public is
// prohibited (GB/T 45251-2025; 个人信息保护法 art. 10; CBA 2026 guideline).
export const contactExposure: SignalRule = {
  id: 'contact_exposure',
  title: '威胁告诉家人、同事、通讯录',
  explanation:
    '对方威胁把你的欠款告诉家人、朋友、单位或通讯录联系人，或发到群里、贴公告。规定只能向借款人本人催收，不得向无关第三人催收或泄露债务信息，这属于违规催收，可以投诉。',
  detect(ctx) {
    const out: Array<Hit | { s: number; e: number }> = foreignExposure(ctx).filter(
      (h) => !festive16(ctx, h) && !festive19(ctx, h),
    );
    // The same as frames in English, Malay, Hindi, Swahili, Tagalog, Spanish (abuse-frames16.ts).
    out.push(...exposure16(ctx));
    // The Chinese short forms ("爆你通讯录", "给你单位打电话"), debt named or not (abuse-zh16.ts).
    out.push(...zhExposure16(ctx));
    // Chinese: "曝光你", the photo doctored, everyone the reader knows told (zh-abuse17.ts).
    out.push(...zhExposure17(ctx));
    // Chinese: the whole village will know, every contact sent one, the boss offered (zh-abuse18.ts).
    out.push(...zhExposure18(ctx));
    // Abroad: the reader's people told and the next named, declared wanted, a nude made (abuse19.ts).
    out.push(...exposure19(ctx));
    // Telling the reader's circle or posting them in public, in talk of a debt (even implied).
    out.push(...exposureActs(ctx), ...publicShaming(ctx), ...bareTold(ctx));
    // Exposure is of a debt: "您的朋友", "曝光" or "同事" with no debt in sight is nothing.
    const debt = collecting(ctx);
    // The reader's photo doctored, or their photo or debt sent to their people.
    out.push(...materialSent(ctx, debt));
    // "你要是再装死，我们就找你孩子的老师聊聊": the reader's outer circle as the pursuer's next stop
    // (a worried friend who cannot reach the reader calls the family, not the boss or the school).
    const pursued =
      AVOIDING.test(ctx.text) &&
      matchAll(ctx, THIRD).some((m) =>
        /领导|老板|同事|单位|邻居|老师|班主任|村长|担保人|紧急联系人/.test(
          ctx.text.slice(m.s, m.e),
        ),
      );
    // "全家都知道了，还不还？": the debt already told to the reader's whole circle, over a demand.
    // "你们公司老板的电话我们有，要不要我帮你打一个？": a number held, and the call put as an offer.
    // "你爸妈那边我们明天就过去，你自己想想": the family as the next stop, over a debt or a menace.
    // (No ternary over a call here: WeChat's compiler misreads "? f(a, b) : []" as an arrow.)
    const held: Hit[] = [];
    if (debt || DEMAND.test(ctx.text)) held.push(...all(ctx, ALL_KNOW));
    if (HELD_MENACE.test(ctx.text)) held.push(...all(ctx, HELD));
    if (debt || WEIGH.test(ctx.text))
      held.push(...all(ctx, KIN_SIDE).filter((h) => debt || !friendly(ctx, h)));
    out.push(...held);
    const debtTalk =
      debt ||
      pursued ||
      held.length > 0 ||
      menacing(ctx).length > 0 ||
      contactBookThreat(ctx) ||
      publishThreat(ctx);
    // The letter needs no debt word: it is the dispute, and the reader's people are not its party.
    if (!/法院|传票|如遇|反诈|违法|违规|不得|禁止/.test(ctx.text)) {
      const letters = (re: RegExp) =>
        scan(re, ctx.text, LETTER_WORDS).filter((h) => !ctx.negated({ cls: 'NEG', ...h }, 6));
      for (let i = 0, list = letters(LETTER_SENT); i < list.length; i++) {
        const h = list[i];
        if (debt || /将|会|要|就|已|马上|明天|决定|准备|拟/.test(sentenceOf(ctx, h))) out.push(h);
      }
      if (debt) out.push(...letters(LETTER_SENT_BARE));
    }
    // "我司将不再为您保密逾期信息": the secrecy withdrawn over the debt, the telling implied; "将安排
    // 专员对您的工作单位进行走访": the employer visited to ask about the reader.
    if (debt || /若|如果|如不|否则|不然/.test(ctx.text)) {
      const unsealedHits = scan(UNSEALED, ctx.text, '保密|隐瞒|走访|外访|调查');
      for (let i = 0; i < unsealedHits.length; i++) {
        const h = unsealedHits[i];
        if (!ctx.negated({ cls: 'NEG', ...h }, 6) && !FORBIDDEN.test(sentenceOf(ctx, h)))
          out.push(h);
      }
    }
    if (!debtTalk) return spans(ctx, threats(ctx, out));
    for (let i = 0, list = ctx.all('EXPOSE_STRONG'); i < list.length; i++) {
      const h = list[i];
      if (!ctx.negated(h, 6)) out.push(h);
    }
    // "请让您的朋友帮忙处理一下APP登录问题": the reader's friend as the one the reader turns to;
    // whether the demand goes through them is ROUTED's to say.
    // "别担心，房贷爸妈会帮你还的": the family's help offered as comfort, not demanded of them.
    for (let i = 0, list = ctx.all('THIRD_PARTY'); i < list.length; i++) {
      const h = list[i];
      if (
        (!/[让请叫]$/.test(ctx.text.slice(h.s - 1, h.s)) ||
          !/^(您|你)的/.test(ctx.text.slice(h.s, h.e))) &&
        !(/[替帮](你|您|他|她)还$/.test(ctx.text.slice(h.s, h.e)) && COMFORT.test(ctx.text))
      )
        out.push(h);
    }
    // Who and what is done to them: in the same clause ("让你同事都知道") when the message has
    // such a pair; only otherwise across clauses of the sentence ("欠款截图…，明天在你们小区…").
    // So "去你公司堵你，让你同事都知道" highlights the telling, not the visit.
    const pairs = (sameClause: boolean) => {
      const found: Hit[] = [];
      for (let i = 0, list = ctx.all('WHO'); i < list.length; i++) {
        const who = list[i];
        // "我们的外访同事", "我司领导": the speaker's own people, not the reader's circle.
        // "您所在公司的人力资源" is the reader's employer.
        const before = ctx.text.slice(Math.max(0, who.s - 6), who.s);
        if (
          /(我|我们|我司|我方|本公司|公司)(的)?(外访|催收)?$/.test(before) &&
          !/(你|您|所在|任职)(们)?(的)?公司(的)?$/.test(before)
        )
          continue;
        // "我们不会联系您的家人": a promise, not a threat. "如您的家人已经知道…": a supposition.
        if (ctx.negated(who, 10) || supposed(ctx, who)) continue;
        // "前往您的户籍地或居住地核实情况": the reader's own address in a lawful visit, no one told.
        if (/户籍|居住地|住所|住址/.test(ctx.text.slice(who.s, who.e)) && lawfulVisit19(ctx, who))
          continue;
        // The contact the borrower gave, asked only how to reach them ("与您预留的紧急联系人核实您的
        // 联系方式"): allowed when the borrower cannot be reached (GB/T 45251-2025), as long as the
        // debt is not disclosed.
        if (/联[系络]人$/.test(ctx.text.slice(who.s, who.e)) && reachOnly(afterIn(ctx, who)))
          continue;
        const act = ctx.all('EXPOSE_ACT').find(
          (a) =>
            Math.abs(a.s - who.s) <= 20 + (who.e - who.s) &&
            // The "联系" inside "紧急联系人" names the person; it is no act on them ("发群里"
            // holding "群里" is one).
            !(a.s >= who.s && a.e <= who.e) &&
            ctx.sentence[a.s] === ctx.sentence[who.s] &&
            (!sameClause || ctx.clause[a.s] === ctx.clause[who.s]) &&
            !ctx.negated(a) &&
            // "法院将向您的户籍地址送达传票": a court serving the reader, no one else told.
            !(
              ctx.text.slice(a.s, a.e) === '送达' &&
              /法院|传票|诉讼|起诉|文书/.test(sentenceOf(ctx, a))
            ),
        );
        if (!act) continue;
        // "您可与家人沟通", "建议您告知家人": the reader's own act, no one told by the lender.
        if (OWN_ACT.test(clauseBefore(ctx, who, act))) continue;
        // Needs a threat's shape: something that will happen ("将/就/会/要") or is demanded.
        // ... or has been done: "我们已致电您的紧急联系人", "已将您的逾期情况告知您的家属".
        const fut =
          ctx.near(who, 'FUTURE', 24, true, false) ||
          ctx.near(who, 'DEADLINE_START', 30, true, false) ||
          done(ctx, who, act);
        if (fut) found.push(who, act);
      }
      return found;
    };
    // "再不还我们就找你老板": going after a named third party of the reader's, as a threat.
    for (let i = 0, list = matchAll(ctx, THIRD); i < list.length; i++) {
      const m = list[i];
      if (threatened(ctx, m) || debt) out.push(m);
    }
    // "你欠钱的事我们已经发在你们小区群了": the reader's debt posted where others see it.
    // "把你的借款信息发布到网上是违法的" says what is forbidden, it threatens nothing.
    const found = [...matchAll(ctx, POSTED), ...scan(POSTED_AT, ctx.text, '群|圈|脸书|网上|抖音')];
    for (let i = 0; i < found.length; i++) {
      const m = found[i];
      if (!FORBIDDEN.test(sentenceOf(ctx, m))) out.push(m);
    }
    // "若仍不还款，我司将对您的逾期信息进行公示": the debt posted for all, in an official voice
    // (no 催收公告 in public, CBA 2026) — as what will happen, not what is forbidden.
    if (ctx.text.indexOf('公') >= 0)
      for (let i = 0, list = matchAll(ctx, NOTICED); i < list.length; i++) {
        const m = list[i];
        if (
          !ctx.negated(m, 8) &&
          !/不会|不予|不得|不被|绝不|不对外|保密/.test(ctx.text.slice(m.s, m.e)) &&
          !FORBIDDEN.test(sentenceOf(ctx, m)) &&
          (ctx.near(m, 'FUTURE', 24, true, false) || ctx.near(m, 'COND', 24))
        )
          out.push(m);
      }
    // "去婚礼上帮你宣传一下你欠的钱": the debt announced to others.
    for (let i = 0, list = matchAll(ctx, PUBLICIZED); i < list.length; i++) {
      const m = list[i];
      out.push(m);
    }
    // "你的通讯录我们都有", "你老婆电话我有": the means to reach the reader's circle, claimed.
    out.push(...bookClaims(ctx));
    for (let i = 0, list = matchAll(ctx, HELD); i < list.length; i++) {
      const m = list[i];
      out.push(m);
    }
    // "她爸爸在我们平台借钱逾期了，麻烦您跟孩子说一声": someone else's debt told to the reader, who
    // is asked to pass it on — collecting through a third party, the debt disclosed.
    out.push(...relayed(ctx));
    if (GROUP.test(ctx.text) && MONEY_OWED.test(ctx.text)) out.push(...all(ctx, GROUP_URGE));
    // Ninth round, each one clause with the reader's people in it: the debt has already reached
    // them ("你同事应该都知道了吧"), a letter goes to them ("律师函副本送达您单位"), the demand is routed
    // through them ("请您的家人督促您还款", "让你爸妈来还"), or the debt goes in the paper (登报).
    // A court's own 送达 or 登报公告 is lawful service.
    // "你老婆那边我们已经说过了，你自己看着办": told them, no debt word needed past debtTalk.
    // "如您的家人已经知道…": the reader's own case put as a supposition, no one told by the lender.
    for (let i = 0, list = all(ctx, REACHED); i < list.length; i++) {
      const h = list[i];
      if (!supposed(ctx, h)) out.push(h);
    }
    if (debt && !/法院|传票/.test(ctx.text))
      for (let i = 0, list = [SENT_TO, ROUTED, PAPER, OFFER, KIN_MONEY]; i < list.length; i++) {
        const re = list[i];
        out.push(...all(ctx, re));
      }
    // (SPARED's "不希望", "不排除" are its own words, no negation.)
    // ... as the price of not paying: "…，请于今日内还款", not a privacy setting.
    if (debt)
      for (let i = 0, list = all(ctx, SPARED, false); i < list.length; i++) {
        const h = list[i];
        if (PAY.test(sentenceOf(ctx, h)) || ctx.text.startsWith('不排除', h.s)) out.push(h);
      }
    const close = pairs(true);
    out.push(...(close.length ? close : pairs(false)));
    return spans(ctx, threats(ctx, out));
  },
};

// The reader's whole contact book, with a time or a claim of having it ("你的通讯录我们已经拿到了，
// 今天下午开始挨个打", "we are reaching your phone book from the next hour"): only a collector
// says this, so it is a threat even when no debt is named.
const BOOK = /通讯录|phone ?book|contact list|all your contacts|your contacts/;
const BOOK_FRAME =
  /拿到|导出|都有|掌握|在我们手|在我手|开始|挨个|逐一|一个个|\b(now|next hour|within|will|from today)\b/;

function contactBookThreat(ctx: Context): boolean {
  return bookClaims(ctx).length > 0;
}

function bookClaims(ctx: Context): Hit[] {
  const t = ctx.text;
  return [...ctx.all('WHO'), ...ctx.all('EXPOSE_STRONG')].filter((h) => {
    if (!BOOK.test(t.slice(h.s, h.e)) || ctx.negated(h, 6)) return false;
    // "把通讯录挨个发一遍新年祝福": a greeting or an errand, with no debt in sight.
    if (!collecting(ctx) && friendly(ctx, h)) return false;
    const sent = ctx.sentence[h.s];
    let s = h.s;
    let e = h.e;
    while (s > 0 && ctx.sentence[s - 1] === sent) s--;
    while (e < t.length && ctx.sentence[e] === sent) e++;
    return (
      BOOK_FRAME.test(t.slice(s, e)) ||
      !!ctx.near(h, 'DEADLINE_START', 30, true, false) ||
      !!ctx.near(h, 'COND', 24)
    );
  });
}

// The reader's photo or details about to be posted where their circle sees it ("你的照片…今晚就
// 发到你们公司群"): public shaming, debt named or not.
const PERSONAL = /(你|您)的?(照片|裸照|身份证|视频|个人信息|资料|丑事|欠款信息)/;

function publishThreat(ctx: Context): boolean {
  if (!PERSONAL.test(ctx.text)) return false;
  // A threat of what will be posted, not news of a photo already shared ("已经发到班级群了").
  return ctx
    .all('EXPOSE_STRONG')
    .some(
      (h) =>
        !ctx.negated(h, 6) &&
        (/(就|将|要|会|马上|立刻|今晚|明天)[^，,。！？!?]{0,6}$/.test(
          ctx.text.slice(Math.max(0, h.s - 8), h.s),
        ) ||
          !!ctx.near(h, 'COND', 24) ||
          !!ctx.near(h, 'DEADLINE_START', 30, true, false)),
    );
}

const THIRD = new RegExp(
  '找(你|您)(的|们)?(家人|家里人|父母|爸妈|老婆|老公|领导|老板|同事|担保人|紧急联系人|朋友|亲戚|村长|里长|管理员|邻居|单位|孩子的老师|孩子老师|孩子的班主任|班主任)',
  'g',
);
export const POSTED = new RegExp(
  `(你|您)(欠钱|欠款|借钱|的事|的欠款|的照片|的信息|的资料|的丑事|的借款信息|的欠款信息|的个人信息|的身份证)[^。!！?？\\n]{0,24}(发|贴|挂|公布|曝光|上传|传到|放到)(布|出)?(在|到|进|至)?${IN}{0,12}(群|朋友圈|抖音|快手|微博|网上|贴吧|论坛|公告栏|网站|视频号|小红书|公众号|脸书|facebook)`,
  'g',
);
// ... the place said before the act: "你欠钱的事，我们会在微信群里公布".
const POSTED_AT = new RegExp(
  `(你|您)(欠钱|欠款|借钱|的事|的欠款|的照片|的借款信息|的欠款信息|的个人信息)[^。!！?？\\n]{0,24}(在|到)${IN}{0,8}(群|朋友圈|脸书|网上|抖音)${IN}{0,4}(公布|曝光|发布|公开|公示)`,
  'g',
);
const NOTICED = new RegExp(
  `(你|您)的?${IN}{0,4}(逾期|欠款|欠债|借款|违约)(信息|情况|记录|行为|事实|名单)?${IN}{0,12}(公示|公布|公开)`,
  'g',
);
// The reader's circle addressed as a group about someone's debt ("各位亲戚好，@张强 在我们平台借了
// 五千多一直不还，大家帮忙督促一下"): the debt told to everyone the debtor knows.
const GROUP = /(各位|诸位)(亲戚|亲友|朋友|同事|邻居|家人|乡亲|老乡|群友|同学)|大家帮忙|群里的@/;
const GROUP_URGE = /(帮忙|帮着|一起)?(督促|催一催|催催|劝劝|转告)(一下)?(他|她)?/g;

const PUBLICIZED = new RegExp(
  `(宣传|广播|公布|曝光|说说|讲讲|说一说|讲一讲|喊一喊)(一下|一番)?${IN}{0,4}(你|您)(欠|借)(的|了)?${IN}{0,3}(钱|款|债|网贷|账)`,
  'g',
);
// The reader's people, official and everyday words (text is folded to simplified).
const PEOPLE = `(家人|家里人|家属|亲属|亲友|父母|爸妈|配偶|爱人|老婆|老公|同事|领导|单位领导|单位|工作单位|老板|邻居|村里人|村委会|居委会|社区|紧急联系人|通讯录好友|微信好友|朋友|亲戚)`;
export const REACHED = new RegExp(
  `(你|您)(的|们|家)?(所在|楼下|隔壁)?${PEOPLE}(那边|那里)?${IN}{0,8}(已经?|都|早就|应该|迟早|也该)${IN}{0,4}(知道|清楚|获悉|知悉|晓得|说过|讲过)(?!并|且|同意|愿意)`,
  'g',
);
export const SENT_TO = new RegExp(
  `(催收函|催款函|律师函|告知书|通知书|欠款函)(副本)?${IN}{0,6}(寄往|寄至|寄到|送达|抄送|发往)(您|你)的?(户籍地|户籍所在地|老家|${PEOPLE})`,
  'g',
);
// A collection or legal letter sent to the reader's family, employer or village ("起诉函会寄给你
// 的家人", "起诉书会送到你公司", "我司将向您的亲友发送协催函"): the dispute put in writing to the
// people around them. The reader's own address is where a lender writes; a court serves its own
// papers (法院, 传票 keep it out).
const LETTER =
  '(催收函|催款函|催告函|律师函|律师信|起诉函|起诉书|起诉状|协催函|协查函|欠款函|法律函件|法律文书|告知函)';
const LETTER_WORDS = '函|律师信|起诉书|起诉状|法律文书';
const LETTER_TO_ONE = `(${PEOPLE.slice(1, -1)}|公司|学校|家庭|家里)`;
// One or more of them: "家庭/公司", "您的家人及单位".
const LETTER_TO = `${LETTER_TO_ONE}([/、和及与]${LETTER_TO_ONE})?`;
const LETTER_SENT = new RegExp(
  `${LETTER}(副本)?${IN}{0,8}(寄给|寄到|寄至|寄往|送到|送至|送给|发到|发给|发往|抄送|邮寄给|邮寄到|邮寄至)(了)?(你|您)(们)?(的)?${LETTER_TO}` +
    `|(向|给|给予|对)(你|您)(们)?(的)?${LETTER_TO}${IN}{0,6}(发送|发出|寄送|邮寄|寄|发|抄送|送达)(了)?${IN}{0,4}${LETTER}`,
  'g',
);
// The same with the reader's "your" left out, in a debt notice ("公司决定给予家庭/公司发出起诉函"):
// whose family and employer is plain from the debt.
const LETTER_SENT_BARE = new RegExp(
  `(向|给|给予|对)${LETTER_TO}${IN}{0,6}(发送|发出|寄送|邮寄|寄|发|抄送|送达)(了)?${IN}{0,4}${LETTER}`,
  'g',
);
export const ROUTED = new RegExp(
  `(请|烦请|让|叫|请求)(您|你)(的|们)?(所在|${IN}{0,6}以外的)?${PEOPLE}${IN}{0,6}(督促|提醒(您|你)|转告|代为(偿还|还款|转告)|来还|代还|帮(忙|你|您)处理(了|一下)?(?![^，,。！!？?\\n])|催(您|你)|协助催)`,
  'g',
);
const PAPER = /登报(公告|声明|曝光)?/g;
// "要不要我们打给你领导聊聊？": the threat put as an offer (its 不 is no negation).
export const OFFER = new RegExp(
  `(要不要|需不需要|想不想)(我|我们)${IN}{0,4}(打给|打电话给|联系|找|去|跟|和|向)(你|您)(的|们)?${PEOPLE}`,
  'g',
);
// The reader's people told unless paid, put politely: "如不希望您的亲友知晓此事", "为避免您的家人
// 受到打扰", "为避免影响您在单位的声誉", "我司不排除联系您的工作单位及家人的可能".
export const SPARED = new RegExp(
  `(避免|以免|免得|不希望|不想)${IN}{0,6}(你|您)的?${PEOPLE}${IN}{0,4}(知晓|知道|获悉|受到打扰|被打扰)` +
    `|影响(你|您)在(单位|公司|村里|亲友|家人)${IN}{0,4}(声誉|名声|形象)|不排除${IN}{0,6}(联系|通知|告知|致电|走访)(你|您)的?${PEOPLE}`,
  'g',
);
// The family's money claimed for the debt: "那你爸妈的养老钱也该拿出来了".
const KIN_MONEY = new RegExp(
  `(你|您)(的|家)?(爸妈|父母|家人|老婆|老公|爷爷奶奶)的?(养老钱|存款|积蓄|工资|房子|棺材本)${IN}{0,6}(拿出来|拿来|还|抵)`,
  'g',
);
// The whole circle told already ("全家都知道了", "全村都晓得你欠钱"), not "全家都知道你考上了".
const ALL_KNOW = new RegExp(
  `(全家|一家人|全村|全公司|全单位|全小区|亲戚朋友|左邻右舍|街坊邻居)(人)?(现在)?(都|已经|全)(已经)?(知道|晓得|清楚)(了(?=[，,。.!！?？\\s吧吗啊]|$)|(你|您)(欠|借))`,
  'g',
);
// The reader's people as the next stop: "你爸妈那边我们明天就过去", "你丈母娘家我们也会去一趟".
const KIN_SIDE = new RegExp(
  `(你|您)(的|家)?(爸妈|父母|家人|家里人|老婆|老公|丈母娘|岳父|岳母|亲戚|单位|公司|领导)(那边|那里|家里?)${IN}{0,6}(我们|我)${IN}{0,6}(过去|去一趟|走一趟|上门|去拜访|登门)`,
  'g',
);
const HELD_MENACE = /看着办|掂量|好自为之|你懂的|要不要我们?(帮你)?(打|联系|找)/;
const DEMAND = /还不还|还钱/;
const PAY = /还款|还清|结清|处理/;
const WEIGH = /想想|看着办|掂量|后果/;
// Someone of the reader's circle, and their number claimed: "你老婆电话我有", "你姐姐…电话我也有".
const CIRCLE =
  '(家人|家里人|父母|爸妈|爸爸|妈妈|老婆|老公|孩子|儿子|女儿|姐姐|哥哥|弟弟|妹妹|亲戚|朋友|同事|领导|老板|人事|同学|室友|女朋友|男朋友|岳父|岳母|丈人|老丈人|公婆|紧急联系人|辅导员|老师|班主任)';
export const HELD = new RegExp(
  `(你|您)(的|家|那个)?${IN}{0,10}${CIRCLE}[^。!！?？\n]{0,12}(电话|号码|手机号|手机|联系方式|微信)${IN}{0,2}(我|我们)(这边|这里|手上|手里)?(也|都|早就|早|已经)?(有|存着|存了|拿到了|查到了)`,
  'g',
);
// Another person's debt ("她爸爸在我们平台借钱逾期三个月了", "你朋友王强欠我们5000") and a request to
// pass it on ("跟孩子说一声", "转告他", "让他尽快联系我们").
// Money owed, not a book lent: "借了五千多一直不还", "欠我们5000", "逾期三个月".
const OWED =
  '(借钱|借款|欠款|欠钱|欠我们|欠了[^，,。!！?？\\n]{0,4}(钱|元|块|万|千)|借了[^，,。!！?？\\n]{0,6}(钱|元|块|万|千)|逾期|网贷|贷款)';
const MONEY_OWED = new RegExp(OWED);
const THEIR_DEBT = new RegExp(
  `(此人|该人|该用户|该客户)[^。!！?？\\n]{0,30}(${OWED.slice(1, -1)}|未还|拖欠)|(他|她|其|ta)(的)?(爸爸|妈妈|父亲|母亲|老公|老婆|丈夫|妻子|儿子|女儿|哥哥|姐姐|弟弟|妹妹)?[^，,。!！?？\\n]{0,10}${OWED}|(你|您)(的)?(朋友|同事|亲戚|家人|同学|员工|学生)[^，,。!！?？\\n]{0,8}${OWED}` +
    // "您的亲属/朋友：张三，向某某的借款已经严重逾期": the person named after a colon.
    `|(你|您)的(亲属|亲友|朋友|同事|亲戚|家人)([/、](亲属|亲友|朋友|同事|亲戚|家人))?[:：][^。!！?？\\n]{0,24}${OWED}` +
    // "张三欠款不还…，望其亲友转告": the debtor's people addressed as such.
    `|${OWED}[^。!！?？\\n]{0,24}(望|请|烦请|希望|麻烦)(其|他的|她的)(亲友|家人|家属|亲属|朋友|同事)`,
);
const RELAY =
  /(跟|和|给|向)[^，,。!！?？\n]{0,6}说一声|转告|带个话|捎个话|提醒(提醒)?(他|她|其)|督促(他|她|其)|(让|叫|请)(他|她|其)[^，,。!！?？\n]{0,6}(还|联系|处理|回电|打电话|回个电话)/g;
// ... or "通知其", "帮忙催一下" (kept apart from RELAY, so RELAY stays short enough to run whole).
const RELAY2 =
  /通知(他|她|其)(?![他她])|帮(忙|我们|着)(催|劝)(一下|一催|催|劝)?(他|她|其)?|催(一下|一催|催)(他|她|其)/g;
/** Words THEIR_DEBT cannot match without: the third party (a lender's "您的借款" names none). */
const THEIR_DEBT_WORDS =
  '此人|该人|该用户|该客户|他|她|其|ta|朋友|同事|亲戚|家人|同学|员工|学生|亲属|亲友';

function relayed(ctx: Context): Hit[] {
  return gateOpen(THEIR_DEBT, ctx.text, THEIR_DEBT_WORDS) && THEIR_DEBT.test(ctx.text)
    ? [...all(ctx, RELAY), ...all(ctx, RELAY2)]
    : [];
}

const UNSEALED =
  /不再(为|替|帮)(你|您)(保密|隐瞒)|(对|到|去|前往)(你|您)的?(工作单位|单位|公司|村委会|居委会|邻居)(进行)?(走访|外访|调查)/g;
const COMFORT = /别担心|不用担心|放心|没关系|别着急|不要着急/;

const FORBIDDEN = /违法|违规|犯法|侵权|禁止|不得|不允许|不能/;

// "已" before the act in the same clause, as a thing done to the person ("已致电", "已将…告知",
// "已经联系过"), not the loan's state ("已逾期", "已到期", "已还清").
const DONE =
  /已(?!经?(逾期|严重逾期|到期|出账|结清|还|过期|超过|完善|更新|填写|提交|绑定|预留|留))/;

function done(ctx: Context, who: Hit, act: Hit): boolean {
  return ctx.clause[act.s] === ctx.clause[who.s] && DONE.test(clauseBefore(ctx, who, act));
}

const OWN_ACT =
  /(^|[^与和向给跟让])(您|你)(本人)?(可|可以|也可|需|需要|先|自己|与|和|跟|亲自|不妨)|请(您|你)|建议(您|你)/;

/** The clause of `who` up to the later of the person and the act. */
function clauseBefore(ctx: Context, who: Hit, act: Hit): string {
  let c = Math.min(who.s, act.s);
  while (c > 0 && ctx.clause[c - 1] === ctx.clause[who.s]) c--;
  return ctx.text.slice(c, Math.max(who.s, act.s));
}

/** The rest of the sentence from `h` on: what is said to or of the person named. */
function afterIn(ctx: Context, h: Hit): string {
  let e = h.e;
  while (e < ctx.text.length && ctx.sentence[e] === ctx.sentence[h.s]) e++;
  return ctx.text.slice(h.s, e);
}

function all(ctx: Context, re: RegExp, neg = true): Hit[] {
  const out: Hit[] = [];
  // By plan (engine/regex-plan.ts): a long alternation whose literals the text lacks is never
  // compiled. Every match is non-empty, so the unbounded scan ends; the first 8 kept are taken.
  const found = planned(re, ctx.text, neg ? Infinity : 8);
  for (let k = 0; k < found.length && out.length < 8; k++) {
    const h: Hit = { cls: 'WHO', s: found[k].s, e: found[k].e };
    if (!neg || !ctx.negated(h, 4)) out.push(h);
  }
  return out;
}

function matchAll(ctx: Context, re: RegExp): Hit[] {
  // Both patterns need the reader addressed; a native indexOf skips the rest cheaply.
  if (ctx.text.indexOf('你') < 0 && ctx.text.indexOf('您') < 0) return [];
  // A few dozen highlights say it all; a pasted wall of threats needs no more.
  return planned(re, ctx.text, 48).map((p) => ({ cls: 'WHO', s: p.s, e: p.e }));
}
