// Sixteenth round: abusive collection in Chinese in its short forms. Quoted in news, complaint
// threads and judgments, a collector's words are often five or ten characters with no debt word
// ("爆你通讯录", "让你社死", "给你单位打电话", "我不可能不给你们打"); each frame is a target (the
// reader's contact book, employer, work or family group, children, family) and an act on it,
// in one clause or the next, made a threat by a debt, a condition, a deadline, the speaker's
// claim, or by being the whole message.
//   zhExposure16 (contact_exposure): the contact book "blown up"; the reader's people asked
//     whether they know, with a delivery or a deadline after; the employer or school rung; the
//     reader's debt told to their people ("给你领导打电话说你欠钱"); the reader @-ed in their work
//     or family group about the money; the contact list claimed; the reader "put on 热搜"; the
//     family "那边我们会去说", over a debt.
//   zhMenace16 (intimidation): 社死 promised; "在家等着" over a debt; "我会找人的" with a warning;
//     calls vowed in a double negative; the family cursed to die; the child's school named or
//     claimed.
// A lender's lawful step, a warning about such words, a friend's errand or joke fires none.

import type { Context } from '../engine/context';
import { conditioned, deadlined, friendly, IN, sentenceOf } from '../engine/frames';
import { scan } from './degrading-acts';
import type { Pos } from './scripts6';
import { debtInTalk, YOU } from './threat-acts';

export const KIN =
  '(家人|家里人|家属|亲人|亲戚|亲友|父母|爸妈|爸爸|妈妈|老爸|老妈|爹妈|老婆|老公|媳妇|对象|孩子|女儿|儿子|闺女|爷爷奶奶|全家|丈母娘|岳父|岳母|公婆|兄弟姐妹|哥哥|姐姐|弟弟|妹妹)';
const WORK =
  '(工作单位|单位|公司|学校|村委会|居委会|人事|人事部|hr|领导|老板|上司|主管|同事|辅导员|班主任)';

/** Not negated, and not in a sentence that forbids, advises against or asks about the act. */
function live(ctx: Context, h: Pos): boolean {
  return (
    !ctx.negated({ cls: 'NEG', ...h }, 6) &&
    !/不得(?!好死)|禁止|严禁|违法|违规|犯法|投诉|举报|切勿|谨防|警惕|如遇|遇到|怎么办|怎么处理|合法吗|反诈|提醒您/.test(
      sentenceOf(ctx, h),
    )
  );
}

// The act and nothing else in the message: who does it and when before it, no purpose after.
const HEAD =
  /^[\s"“”'‘’「」]*(我们的人|我们|我|老子)?(今天|今晚|明天|下午|晚上|马上|现在|等会儿?|一会儿?|待会儿?)?(就|会|要|将|直接|亲自|马上|立刻|准备|开始|挨个|去){0,3}$/;
const TAIL = /^[\s"“”'‘’「」。.!！~～…吧了啊呀哦的]*$/;
function alone(ctx: Context, h: Pos): boolean {
  return HEAD.test(ctx.text.slice(0, h.s)) && TAIL.test(ctx.text.slice(h.e));
}

/** The act opens a one-clause message ("p你的图发到群里"): nothing said after gives it a purpose. */
function opening(ctx: Context, h: Pos): boolean {
  return (
    HEAD.test(ctx.text.slice(0, h.s)) &&
    !/[，,。.!！?？;；~～].*[^\s。.!！~～]/.test(ctx.text.slice(h.e))
  );
}

/** A condition or a deadline over the act. */
function held(ctx: Context, h: Pos): boolean {
  return !!conditioned(ctx, h) || !!deadlined(ctx, h, 24);
}

// "爆你通讯录", "通讯录给你爆了": the contact book flooded with the debt — collectors' own word.
// "他们爆了我的通讯录" is the reader's complaint.
const BOOK_BLAST = new RegExp(
  `爆(了)?(你|您)?(们)?(的)?(手机)?(通讯录|通信录|联系人|通话记录|亲友|朋友圈)` +
    `|(通讯录|通信录|联系人)${IN}{0,4}(被|给你|给您)?(爆|轰炸)(掉|了|光|一遍)?`,
  'g',
);
const ASKED_ABOUT = /会不会|真的会|是否|怎么|如何|为什么|什么是|[吗么][?？]?$|[?？]$/;

// "你家人知道吗？一小时内给你送过去": the question held over the reader, then the sending.
const CIRCLE_ASKED = new RegExp(
  `${YOU}(${KIN.slice(1, -1)}|${WORK.slice(1, -1)})(的人)?(都|也|还)?(知道|晓得)((你|您)(欠|借|逾期|贷)${IN}{0,8}|这(件)?事|此事)?(吗|么|嘛|不|没)|${YOU}(${KIN.slice(1, -1)}|${WORK.slice(1, -1)})(的人)?知不知道`,
  'g',
);
const SENT_ON = /(送|寄|发|拿|递)(过去|到|给)|通知|告诉|打电话|上门|过去|找(他们|她|他|你)/;
const TIMED =
  /今天|今晚|明天|马上|立刻|现在|一会|小时|分钟|之内|以内|[0-9一二两三四五六七八九十半]+(天|小时|分钟)内/;

// "不还钱就把你照片发朋友圈", "把你p图发出去": the reader's photo or details posted, or doctored
// and sent, over a debt or a condition, or as the whole message.
export const PHOTO_POSTED = new RegExp(
  `把(你|您)(的)?(照片|相片|头像|裸照|视频|身份证|信息|资料|欠款信息|丑事)${IN}{0,6}(发|挂|贴|晒|传|放)(到|在|上|进)?${IN}{0,6}(朋友圈|群|网上|抖音|快手|微博|小红书|贴吧)` +
    `|((p|ps)(了)?(你|您)(的)?(图|照片|相片|头像|脸)|把(你|您)(的)?(照片|相片|头像|脸|图)?(p|ps)(图|了|一下|成))${IN}{0,8}(发|传|挂|贴|晒)`,
  'g',
);

// "给你单位打电话", "打电话到你们公司人事": the employer or school rung.
const RING_WORK = new RegExp(
  `给${YOU}(工作单位|单位|公司|学校|村委会|居委会|人事|领导|老板|上司|主管|同事|辅导员|班主任|hr)(的)?(领导|老板|人事|同事|hr|前台)?${IN}{0,3}(打电话|打个电话|打一通电话|挨个打电话|发短信|发信息|发函|寄函)` +
    `|(打电话|电话打|打|拨)(到|去)${YOU}(工作单位|单位|公司|学校|村委会|居委会)(的)?(人事|领导|老板|前台|hr|座机)?`,
  'g',
);
const RING_PURPOSE = /请假|报平安|帮你|替你|帮您|替您|记得|别忘|预约|面试|入职|报到|问问你|接你/;

// "给你领导打电话说你欠钱": the debt itself what the reader's people are told.
const TOLD_DEBT = new RegExp(
  `(告诉|通知|跟|和|给|找|联系|打电话给)${YOU}${IN}{0,3}(${KIN.slice(1, -1)}|${WORK.slice(1, -1)}|朋友|通讯录)${IN}{0,8}(说|讲|聊|讲讲|说说)(一下|一声)?(你|您)(欠|借|贷|逾期|不还|赖账|是老赖|是个老赖)`,
  'g',
);
const DEBT_OBJECT =
  /^(欠|借)(了)?[^，,。.!！?？;；\n]{0,3}(钱|款|债|网贷|贷款|[0-9一二两三四五六七八九十百千万])|^(逾期|不还|赖账|是老赖|是个老赖|贷)/;

// "在工作群里@她，问她这个钱什么时候还": the reader's debt raised in their own circle's group.
const GROUPS =
  '(工作群|公司群|单位群|部门群|家族群|家庭群|家人群|亲戚群|亲友群|同学群|班级群|家长群|业主群|小区群|村群|老乡群|朋友圈)';
const GROUP_AT = new RegExp(
  `${GROUPS}(里|里面|中|上)?${IN}{0,6}(@|艾特|圈)(一下)?(她|他|你|您|ta)` +
    `|(在|到|去)${YOU}?${GROUPS}(里|里面|中|上)?${IN}{0,6}(问|说|发|催)(一下)?(她|他|你|您|ta)?${IN}{0,6}(钱|欠|借|债|账)`,
  'g',
);
const GROUP_MONEY = /钱|还|欠|借|债|账/;
const OFFICE_MONEY = /报销|工资|奖金|红包|份子|会费|班费|aa|团建|聚餐|活动费|押金|退款/;

// "你手机里的联系人我们全有": the reader's contacts claimed — a copy a phone shop would "备份".
const CONTACTS_HELD = new RegExp(
  `(你|您)(的)?(手机|电话)?(里|上)?(的)?(所有的?)?(联系人|通讯录|通话记录|微信好友|qq好友|好友列表)${IN}{0,4}(我们|我)(这边|手上|手里)?(全|都|也|已经|早就){0,2}(有|拿到|导出|掌握|存着|存了)(了)?`,
  'g',
);
const CONTACTS_CARE = /备份|导入|同步|迁移|新手机|恢复|换机/;

// "不还就让你上热搜": the reader made news for the debt.
const MADE_NEWS =
  /(让|叫|送)(你|您)(上|登上)(热搜|头条|新闻|电视|报纸|曝光台|本地新闻)|(让|叫)(你|您)(在[^，,。.!！?？;；\n]{0,6})?(出名|火一把|红一把|出圈)/g;

// "你爸妈那边我们会去说": the family as the speaker's next stop, over a debt.
const KIN_TALKED = new RegExp(
  `${YOU}${KIN}(那边|那里|家里?)${IN}{0,6}(我们|我)${IN}{0,6}(去说|去讲|去聊|去谈|说一声|打招呼|说说|聊聊|反映|沟通)`,
  'g',
);

/** The Chinese short forms of exposing the debt to the reader's people: contact_exposure. */
export function zhExposure16(ctx: Context): Pos[] {
  const t = ctx.text;
  const out: Pos[] = [];
  const debt = debtInTalk(ctx);
  for (const h of scan(BOOK_BLAST, t, '爆|轰炸')) {
    if (!live(ctx, h)) continue;
    const before = t.slice(Math.max(0, h.s - 4), h.s);
    if (/(我|他|她|别人)(的)?(手机)?$|被$/.test(before)) continue;
    const sent = sentenceOf(ctx, h);
    if (ASKED_ABOUT.test(sent) && !debt && !held(ctx, h)) continue;
    out.push(h);
  }
  for (const h of scan(CIRCLE_ASKED, t, '知道|晓得')) {
    if (!live(ctx, h)) continue;
    const rest = t.slice(h.e, h.e + 30);
    if (debt || held(ctx, h) || (SENT_ON.test(rest) && TIMED.test(rest)))
      if (!friendly(ctx, { s: Math.min(h.e + 1, t.length - 1), e: h.e + 2 })) out.push(h);
  }
  for (const h of scan(PHOTO_POSTED, t, '把你|把您|p'))
    if (live(ctx, h) && !JOKING.test(t) && (debt || held(ctx, h) || opening(ctx, h))) out.push(h);
  for (const h of scan(RING_WORK, t, '打|拨|发|寄')) {
    if (!live(ctx, h) || RING_PURPOSE.test(sentenceOf(ctx, h)) || friendly(ctx, h)) continue;
    if (alone(ctx, h) || held(ctx, h) || (debt && /将|会|要|就|马上|立刻|明天|今天/.test(t)))
      out.push(h);
  }
  for (const h of scan(TOLD_DEBT, t, '说|讲|聊')) {
    // What is said of the reader: money owed, not "你借我的书".
    const said = Math.max(t.lastIndexOf('你', h.e - 1), t.lastIndexOf('您', h.e - 1)) + 1;
    if (live(ctx, h) && DEBT_OBJECT.test(t.slice(said, said + 8))) out.push(h);
  }
  for (const h of scan(GROUP_AT, t, '群|朋友圈')) {
    const sent = sentenceOf(ctx, h);
    if (live(ctx, h) && GROUP_MONEY.test(sent) && !OFFICE_MONEY.test(sent)) out.push(h);
  }
  for (const h of scan(CONTACTS_HELD, t, '联系人|通讯录|通话记录|好友'))
    if (live(ctx, h) && !CONTACTS_CARE.test(t)) out.push(h);
  for (const h of scan(MADE_NEWS, t, '热搜|头条|新闻|电视|报纸|曝光台|出名|火一把|红一把|出圈'))
    if (live(ctx, h) && (debt || held(ctx, h))) out.push(h);
  if (debt) for (const h of scan(KIN_TALKED, t, '那边|那里|家')) if (live(ctx, h)) out.push(h);
  return out;
}

// "让你社死", "等着社死吧": public humiliation promised. "哈哈，穿这个你会社死的" teases.
const SOCIAL_DEATH = new RegExp(
  `(让|叫|要)(你|您)${IN}{0,8}?(社死|社会性死亡)|等着(被)?${IN}{0,4}(社死|社会性死亡)|(你|您)(就|会|要|将|马上|立刻|准备|彻底){1,3}${IN}{0,4}(社死|社会性死亡)`,
  'g',
);
const JOKING = /哈哈|笑死|开玩笑|逗你|尴尬|好丢人|😂|🤣/;

// "欠钱不还，在家等着": the visit implied, over a debt or a condition.
const WAIT_THERE =
  /(在家|在家里|在公司|在单位|在楼下|家里)(给我|老实|乖乖)?(等着|候着|待着|别走|别跑)/g;

// "我会找人的，望你三思": people to be brought, with a warning or over a debt.
const BRING_PEOPLE =
  /(我|我们|老子)(会|要|就|马上|这就|直接|已经|去)?(找人|叫人|喊人|摇人|带人)(的|了|来|过来|过去|去)?(?![帮修搬装看问介接送照陪做打扫])/g;
const WARNING = /三思|想清楚|想好|看着办|掂量|后果|好自为之|等着|走着瞧|小心|望你|劝你|奉劝/;
const HELPING = /帮|修|搬|装|接你|送你|照顾|陪你|介绍|问问|顶班|代班|放心|别担心/;

// "我不可能不给你们打": calls vowed in a double negative (not "打钱", "打分").
const CALL_VOW =
  /(不可能|不会|绝不会?|绝对不会?|怎么可能)不(给你们?|给您|找你们?|打你们?)(打|打电话|联系|找|上门|催)?(?!分|折|卡|球|车|针|字|印|包|工|游戏|牌|钱|款|招呼|扫|听)/g;

// "你全家死光", "祝你全家出门被车撞": the family cursed to die.
const FAMILY_CURSE = new RegExp(
  `(你|您)(们)?(全家|一家|家人|一家人|全家人|祖宗十八代)(都|人)?(会|要)?(死光|死绝|不得好死|死全家|出门被车撞|被车撞死|遭报应|断子绝孙|天打雷劈)` +
    `|祝(你|您)(们)?(全家|一家|家人)?${IN}{0,6}(被车撞|出车祸|横死|暴毙|早死|不得好死|断子绝孙|死光)`,
  'g',
);

// "你孩子在实验小学吧", over a debt; "我们知道你孩子学校" as the whole message.
const CHILD_SCHOOL = new RegExp(
  `${YOU}(孩子|小孩|女儿|儿子|闺女|娃)(是不是|是|现在)?(在|读|上)${IN}{0,10}(小学|中学|初中|高中|幼儿园|学校|附小|附中|一中|二中|三中)(读书|上学|念书|上课)?(吧|吗|么|是吧|对吧|呢|没错吧)`,
  'g',
);
const KIN_PLACE_KNOWN = new RegExp(
  `(我们|我)(都|也|早就|已经|早)?(知道|清楚|查到|找到|打听到|摸清)(了)?(你|您)(家)?(的)?(孩子|小孩|女儿|儿子|闺女|老婆|老公|爸妈|父母)(的)?(学校|班级|幼儿园|单位|公司|住址|地址|住处)`,
  'g',
);

/** The Chinese short forms of menacing the reader or their family: intimidation. */
export function zhMenace16(ctx: Context): Pos[] {
  const t = ctx.text;
  const out: Pos[] = [];
  const debt = debtInTalk(ctx);
  if (!JOKING.test(t))
    for (const h of scan(SOCIAL_DEATH, t, '社死|社会性死亡')) {
      const promised = !/^(你|您)/.test(t.slice(h.s, h.e));
      // "让你社死的瞬间": a noun phrase (a listicle's title), no promise; "我会让你社死的！" is one.
      const attributive = /^的[\u4e00-\u9fff]/.test(t.slice(h.e, h.e + 2));
      if (live(ctx, h) && !attributive && (promised || debt || held(ctx, h))) out.push(h);
    }
  for (const h of scan(WAIT_THERE, t, '等着|候着|待着|别走|别跑'))
    if (live(ctx, h) && (debt || held(ctx, h)) && !friendly(ctx, h)) out.push(h);
  for (const h of scan(BRING_PEOPLE, t, '找人|叫人|喊人|摇人|带人'))
    if (
      live(ctx, h) &&
      !HELPING.test(sentenceOf(ctx, h)) &&
      !friendly(ctx, h) &&
      (debt || WARNING.test(t) || alone(ctx, h))
    )
      out.push(h);
  for (const h of scan(CALL_VOW, t, '不可能不|不会不|绝不|绝对不|怎么可能不'))
    if (live(ctx, h) && (debt || alone(ctx, h))) out.push(h);
  for (const h of scan(FAMILY_CURSE, t, '死|撞|报应|断子绝孙|天打雷劈|车祸|暴毙'))
    if (live(ctx, h)) out.push(h);
  if (debt) for (const h of scan(CHILD_SCHOOL, t, '学|幼儿园|附|中')) if (live(ctx, h)) out.push(h);
  for (const h of scan(KIN_PLACE_KNOWN, t, '知道|清楚|查到|找到|打听到|摸清'))
    if (live(ctx, h) && (debt || alone(ctx, h) || WARNING.test(t))) out.push(h);
  return out;
}
