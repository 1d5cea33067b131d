import type { SignalRule } from './rule';
import { spans } from './rule';
import type { Context } from '../engine/context';
import { AVOIDING, collecting, conditioned, friendly, IN, menacing } from '../engine/frames';
import { foreignIntimidation } from './abuse-lexicon';
import { menace16, spared16 } from './abuse-frames16';
import { zhMenace16 } from './abuse-zh16';
import { zhMenace17 } from './zh-abuse17';
import { lawfulOutcome, zhMenace18 } from './zh-abuse18';
import { festive19, menace19 } from './abuse19';
import { degradingActs } from './degrading-acts';
import { fraudNamed19, lawfulVisit19 } from './benign19';
import { matchAll } from '../engine/regex-plan';
import {
  bareDemand,
  debtInTalk,
  impliedDebt,
  menaceActs,
  moneyOwed,
  supposed,
  threats,
} from './threat-acts';

type Pos = { s: number; e: number };

// Going to the reader's home, work or family to make a scene or collect from them: a threat
// whoever says it, debt named or not ("明天就到你公司闹", "去你单位找你领导", "去你家找你爸妈要钱")
// — a friend's visit has no such purpose.
export const HOSTILE_VISIT = new RegExp(
  `(去|到|上|来|找到|闹到|堵到)(你|您)(们)?(的)?(家里?|公司|单位|老家|学校|门口|楼下|村里?|小区|父母家|爸妈家|老婆单位|老婆公司)${IN}{0,8}?` +
    '(闹|堵|砸|泼|喷漆|讨说法|讨个说法|算账|拉横幅|挂横幅|大字报|找你领导|找你老板|找你们领导|找你们老板|找你(爸妈|父母|家人|老婆|老公)|要钱|要账|讨债)',
  'g',
);

// "You think hiding or a new number will stop us finding you?": only a pursuer says it, debt
// named or not. "你以为躲在家里就不用写作业了" pursues no one.
export const PURSUIT = new RegExp(
  `(以为|别以为|觉得|不要以为)${IN}{0,10}(躲|换(个|了)?(号|手机|电话)|跑|拉黑)${IN}{0,12}(找不到|找不着|抓不到|逃得掉|跑得掉|逃掉|跑掉|没人找)` +
    // "你躲到天涯海角也没用".
    `|(躲|跑|逃)到(天涯海角|天边|哪里|哪儿|哪)${IN}{0,6}(也|都)(没用|找得到|跑不了|逃不掉|能找到|找得着|找得到你|能找到你)` +
    // "追到你死为止": the pursuit promised to the end.
    '|(追|跟|缠)(到|你到)(你)?死(?![心活])' +
    // "你是不是觉得我们找不到你？"
    `|(以为|觉得)${IN}{0,3}(我们|我)(就)?(找不到|找不着|抓不到)(你|您)` +
    // "躲？能躲一辈子吗？"
    '|躲(得了|得过)?一辈子',
  'g',
);
// ... and over a debt, "躲起来就没事了？".
const HIDING = new RegExp(
  `(以为|别以为|觉得|不要以为)${IN}{0,10}(躲|换(个|了)?(号|手机|电话)|跑|拉黑|不接电话|不回(消息|信息|复)?)${IN}{0,8}(没事|不用还|算了|完了)`,
  'g',
);

// The family's safety left for the reader to "think about" ("你家人的安全自己考虑"), or the reader
// tracked down ("我们已经查到你的住址", "找到你老家了"): a menace, debt named or not.
const SAFETY = new RegExp(
  `(你|您)(的|家)?(家人|家里人|孩子|老婆|老公|父母|爸妈|女儿|儿子)的?(人身)?(安全|安危)${IN}{0,4}(自己|你自己|您自己)?(考虑|掂量|看着办|想想|想清楚)`,
  'g',
);
const TRACKED =
  /(查到|摸到|摸清|查清楚)了?(你|您)(现在)?的?(住址|地址|住处|老家|家|单位|公司|父母|工作单位|住在哪|住哪|在哪)|找到了?(你|您)的?(老家|住处|父母|爸妈|家人|老婆|老公|单位)/g;

// A warning aimed at the reader's body, safety or family ("小心你的腿", "当心你家孩子"), in talk
// about a debt: a threat of harm. "请注意账户安全" warns about nothing of the reader's person.
export const WARN_HARM =
  /(小心|当心|留神|注意)(点|一点|着点|着)?(你|您)(的|家的?|们家的?)?(腿|手|胳膊|脸|命|脑袋|小命|人身安全|安全|家人|孩子|小孩|女儿|儿子|老婆|老公|父母|爸妈|家里人|车|房子)|(给我|给老子)(小心|当心)(点|一点|着点)?|(出门|走路|晚上|回家|上下班)(要|的时候|时)?((小心|当心)(点|一点|着点)?|注意(点|一点|着点)(?=[，,。.!！?？\s]|$))/g;

// "We know where you (or your wife) live / work", over a debt: a claim to be able to reach them.
export const KNOWS = new RegExp(
  `(住哪|住在哪|在哪|在哪里|在哪儿|哪个学校|哪所学校|地址|住址|单位|电话|路线|那条路|哪条路|(上学|放学|回家|上班|下班)的路|几楼|几号楼|几单元|门牌号)${IN}{0,6}(我们|我)(都|全|也|很|已经|早就)?(清楚|知道|有|掌握|查到|查得到|熟|摸清|知(?!道))` +
    // ... said the other way round: "我们知道您的家庭住址", "我们已经知道你住哪".
    `|(我们|我|老子|我司)(都|也|早就|已经|已|早)?(知道|清楚|掌握|查到|摸清)(了)?(你|您)(的)?(家庭住址|家庭地址|住址|住处|家在哪|住哪|住在哪|在哪上班|在哪工作|工作单位|单位在哪|公司在哪|老家在哪)` +
    // ... or where the family are: "我们知道你老婆在哪里上班".
    `|(我们|我|老子)(都|也|早就|已经|早)?(知道|清楚)(你|您)(家)?(的)?(老婆|老公|媳妇|孩子|小孩|女儿|儿子|闺女|爸妈|父母|家人)(在哪里?|在哪儿|在哪个${IN}{0,3})(上班|工作|上学|读书|住)` +
    `|(我们|我|老子)(都|也|早就|已经|早)?(知道|清楚)(你|您)(家)?(的)?(孩子|小孩|女儿|儿子|闺女)(在|在读|在上|读|上)(哪|哪个|哪所|哪间|哪家)(学校|小学|国小|中学|国中|初中|高中|幼儿园|班)`,
  'g',
);
// The family's movements claimed by "us" ("你老婆每天几点下班我们都清楚", "你孩子在哪个学校我们
// 清楚"): a watcher's claim, debt named or not. A friend who knows where the school is says why.
export const KIN_KNOWN = new RegExp(
  `(你|您)(家)?(的)?(老婆|老公|媳妇|孩子|小孩|女儿|儿子|闺女|爸妈|父母|家人|老妈|老爸|妈|爸)${IN}{0,10}(在哪|哪个|哪所|哪间|哪家|几点|什么时候|住哪|住在哪|去哪)${IN}{0,8}[，,]?(我们|我)(都|全|也|很|早就|早|已经)?(清楚|知道|掌握|查到|查清楚|查清|摸清|一清二楚|知(?!道))(得很|了)?`,
  'g',
);

// A false consequence for the reader's children over a debt ("你孩子考公政审都过不了").
export const CHILD_FUTURE = new RegExp(
  `(孩子|子女|儿子|女儿|小孩|后代)${IN}{0,8}(政审|考公|考编|上学|入学|当兵|参军|升学)${IN}{0,6}(过不了|受影响|上不了|不能|没法|完了)` +
    '|影响(你|您)?(的)?(子女|孩子)(的)?(上学|入学|政审|考公|考编|当兵|参军|升学|前途)',
  'g',
);

// Where the reader's child is, said with a veiled threat ("你女儿在XX小学三年级二班对吧？你自己掂量
// 掂量"): a menace without a word about money. A parents' notice names the class and threatens
// nothing.
const CHILD_WHERE = new RegExp(
  `(你|您)(的|家)?(女儿|儿子|孩子|小孩|闺女)(在|读|上)${IN}{0,12}(学校|小学|中学|初中|高中|幼儿园|班)`,
  'g',
);
const KNOW_WHAT_TO_DO = /识做|识相|你懂的|看着办|掂量|好自为之|自己想清楚/;
const VEILED = /掂量|小心|当心|注意点|看着办|后果|好自为之|你懂的|出点什么事|等着/;

// Staying put at the reader's home or work until paid ("今天不还，我们就在你们公司大厅坐着，等你们老板
// 出来评评理"), over a debt: a sit-in to shame them, not a visit.
const SIT_IN = new RegExp(
  `(在|到|去)(你|您)(们)?(的)?(家|公司|单位|老家|店|学校|门口|楼下)${IN}{0,8}(坐着|守着|蹲着|堵着|蹲你|守你|不走|住下|等你们?(老板|领导))`,
  'g',
);

// "你躲得了吗", "跑得了一时": the reader taunted as a fugitive — over money owed, not in a game.
const DODGE =
  /(躲|跑|逃)得(了|掉|过)(吗|么|嘛|一时)|(在)?躲(什么|啥)|(还敢|敢)(拉黑|封锁|屏蔽)(我|我们)/g;
// "我的耐心是有限的", over a debt: the last warning before something else.
const PATIENCE = /(耐心|耐性)(是)?有限|耐心(已经)?(用完|耗尽|到头)/g;
// "你最好给我出来还钱": the reader summoned to face it, over a debt.
const COME_OUT = /(给我|给老子)(滚)?出来|滚出来|出来(面对|还钱)/g;

// "等着" on its own, as a whole clause, beside a visit ("等着，我们上门"): a menace, debt named or not.
const WAIT_SEE = /(^|[，,。.!！?？\s])(给我)?等着(吧|瞧)?(?=[，,。.!！?？\s]|$)/g;

const ON_THE_WAY = /^[^，,。.!！?？;；\n]{0,5}(出发|在路上|在去|赶过去|赶往|前往|过去了|动身)/;
const FAMILY_NEXT =
  /(就|我们就|我就|只能)(一直|天天|每天|直接)?(上去|去)?找(你|您)(的|们)?(家人|家里人|父母|爸妈|老婆|老公|孩子|亲戚|领导|老板|同事)/g;
// "你全家的信息我们都有": a file on the family claimed — alone, or over a debt.
const FAMILY_FILE = new RegExp(
  `(你|您)(的)?(全家|家人|家里人|父母|爸妈)的?(信息|资料|地址|住址)${IN}{0,2}(我们|我)(也|都|全|早就|已经){0,2}(有|掌握|查到)`,
  'g',
);

/** Nothing follows `h` in the message but punctuation or a veiled warning. */
function standsAlone(ctx: Context, h: Pos): boolean {
  const rest = ctx.text.slice(h.e);
  // Sentence-final particles ("我哋知㗎") add nothing.
  // ... nor does what the child or spouse does there ("…在哪间学校读书").
  return (
    /^(读书|念书|上学|上班|工作)?[\s。.!！?？…㗎喔啊呀吧哦嘛啦咯了]*$/.test(rest) ||
    VEILED.test(rest)
  );
}

/** The sentence up to `h`: what comes before it in the same sentence. */
function before(ctx: Context, h: Pos): string {
  const sent = ctx.sentence[h.s];
  let s = h.s;
  while (s > 0 && ctx.sentence[s - 1] === sent) s--;
  return ctx.text.slice(s, h.s);
}

// Where the reader's child or sibling is, said as found by "us" ("你女儿的学校我们已经查到了"), or
// "us" going there to talk about the reader ("我们下周去学校找她聊聊你的事"): a menace, debt or not.
export const KIN_FOUND = new RegExp(
  `(你|您)(的|家)?(女儿|儿子|孩子|小孩|闺女|妹妹|弟弟|姐姐|哥哥)的?(学校|幼儿园|班级|住处|单位|公司)${IN}{0,6}(我们|我)(已经|早就|都|也)?(查到|知道|清楚|摸清|找到)` +
    `|(我们)${IN}{0,14}(找|跟|和)(他|她)(聊聊|谈谈|说说|讲讲|说一说)(你的事|你的情况|你这事|你这个事|你欠|(他|她)(爸|妈|爸爸|妈妈)的事)`,
  'g',
);

// Harm to the reader's home or family put as a question they must not want ("你也不想家里出什么事吧",
// "您也不希望家人出什么意外吧"): a menace, debt named or not, when nothing after it gives an innocent
// reason. A warning about harm the speaker does not hold ("小心路滑") is WARN_HARM's, not this.
const KIN_HARM_Q = new RegExp(
  `不(想|希望|愿|怕|担心)${IN}{0,8}?(家|老婆|老公|孩子|小孩|父母|爸妈|女儿|儿子)${IN}{0,4}?出了?(什么|点儿?|啥|个)?(事|意外|岔子|状况|三长两短)`,
  'g',
);
// Over a debt, the reader left alone with a warning: a clause that is only "你自己掂量" /
// "你好自为之" ("钱今天必须到账，你好自为之。"), harm disowned in advance ("到时候发生什么我们不负责"),
// or "every means" promised ("我们会采取一切手段"). "请您好自为之按时还款" names the lawful act it
// asks for and leaves no harm hanging; "采取一切法律手段" names a lawful route.
const LEFT_TO_WEIGH =
  /(^|[，,。.!！?？\s])(那)?(你|您)?(自己)?(好好)?(掂量(掂量|着办)?|好自为之)吧?(?=[，,。.!！?？\s…]|$)/g;
const NO_BLAME = new RegExp(
  `(发生|出)了?(什么|啥|任何)(事情?|意外|情况)?${IN}{0,6}?(我们|我司?|公司)(可|一?概|都|就)?(不负责|不管)` +
    `|(无法|不能|不敢|没法)保证${IN}{0,8}?(会)?发生(什么|啥)|(安全|安危)${IN}{0,4}(可|就)?(不敢|无法|没法|不能)保证|发生(什么|啥)(事)?[，,]?${IN}{0,4}(说不准|不好说|难说)`,
  'g',
);
const ALL_MEANS = /(采取|动用|使用|用尽)(一切|所有)(手段|办法)/g;
// ... the family's safety named as the reason to pay ("建议您为家人的安全着想，尽快还款"), the reader
// followed until paid ("我们会一直跟到你还钱为止"), a payback promised ("明天你就知道我们的厉害",
// "到时候别哭着求我们"), or fame in their village ("让你在你们村出名"). A shop's "让您的店出名" has no
// debt; a lender's "为了您的信用着想" names no one's safety.
const FAMILY_SAKE =
  /为了?(你|您)?的?(家人|家里人|全家|孩子|小孩|老婆|老公|父母|爸妈)的?(人身)?(安全|安危|平安)(着想|考虑)/g;
const FOLLOW_TILL_PAID = /(跟|缠|盯|耗)(着)?(你|您)?到(你|您)(还钱|还清|还款|还)/g;
const PAYBACK = /(知道|尝尝|见识)(一下)?(我们?|老子)的厉害|哭着来?求我/g;
// "你在哪上班我们一清二楚": KNOWS's claim in the idiom (kept out of KNOWS, whose phrase plan would
// grow by 600 bytes for it).
const KNOWN_CLEAR =
  /(在哪|住哪|哪个学校|地址|住址)[^，,。.!！?？;；\n]{0,6}(我们|我)(都|早就|早)?一清二楚/g;
const MADE_NOTORIOUS = new RegExp(`让(你|您)${IN}{0,8}(出名|名声扫地|臭名远扬)`, 'g');

// "这是最后一次跟你客气", "下次就不是打电话了", "等着我们上门找你", "等着上门吧": the next step
// promised as no longer polite, debt named or not (a repairman's "请在家等着我们上门" serves).
const END = '(?=[，,。.!！?？\\s]|$)';
const LAST_POLITE = new RegExp(
  `最后一次(跟|和|对)(你|您)客气了?${END}|下次就?不是(打电话|发短信)` +
    `|(^|[，,。!！?？\\s])就?等着(我们|我|人)?(的人)?(找)?上门(找你|讨债|要账)?(吧|了)?${END}`,
  'g',
);
const SERVICE = /在家|请|安装|维修|服务|送货|取件/;
// Over money owed or people sent: "现在躲，能躲到哪去？", "等我们的人到了你家，那就不是这个态度了".
const NOT_KIND = new RegExp(
  `能躲(到|去)?(哪|哪里|哪儿)去?|(那|就|可)(就)?(不是|没有?)(这个|这么|那么)(态度|客气|好说话|简单)了?`,
  'g',
);

// A word each pattern cannot match without: a native indexOf skips most notices before the
// pattern runs (each pattern costs about a microsecond a notice otherwise).
const NEEDS = new Map<RegExp, string[]>([
  [HOSTILE_VISIT, ['你', '您']],
  [PURSUIT, ['以为', '觉得', '一辈子', '躲到', '跑到', '逃到', '到你死', '到死']],
  [HIDING, ['以为', '觉得']],
  [DODGE, ['躲得', '跑得', '逃得', '躲什么', '躲啥', '敢拉黑', '敢封锁', '敢屏蔽']],
  [PATIENCE, ['耐心', '耐性']],
  [COME_OUT, ['出来']],
  [SAFETY, ['安全', '安危']],
  [TRACKED, ['查到', '摸到', '摸清', '找到', '查清楚']],
  [WARN_HARM, ['小心', '当心', '留神', '注意']],
  [KNOWS, ['我', '老子']],
  [CHILD_FUTURE, ['孩子', '子女', '儿子', '女儿', '小孩', '后代']],
  [CHILD_WHERE, ['女儿', '儿子', '孩子', '小孩', '闺女']],
  [SIT_IN, ['你', '您']],
  [WAIT_SEE, ['等着']],
  [FAMILY_NEXT, ['找你', '找您']],
  [KIN_FOUND, ['我']],
  [KIN_KNOWN, ['我']],
  [FAMILY_FILE, ['我']],
  [
    KIN_HARM_Q,
    ['出事', '出了', '出什么', '出点', '出啥', '出个', '出意外', '出岔子', '出状况', '出三'],
  ],
  [LEFT_TO_WEIGH, ['掂量', '好自为之']],
  [
    NO_BLAME,
    [
      '不负责',
      '们不管',
      '我不管',
      '司不管',
      '法保证',
      '能保证',
      '敢保证',
      '说不准',
      '不好说',
      '难说',
    ],
  ],
  [ALL_MEANS, ['一切手段', '所有手段', '一切办法', '所有办法']],
  [FAMILY_SAKE, ['全着想', '危着想', '安着想', '全考虑', '危考虑', '安考虑']],
  [FOLLOW_TILL_PAID, ['到你还', '到您还']],
  [PAYBACK, ['的厉害', '哭着']],
  [KNOWN_CLEAR, ['一清二楚']],
  [MADE_NOTORIOUS, ['出名', '名声扫地', '臭名远扬']],
  [LAST_POLITE, ['客气', '不是打', '不是发', '上门']],
  [NOT_KIND, ['躲', '这个态度', '么客气', '么好说话', '么简单']],
]);

// A visit announced as the lender's lawful step ("我司将依法委托第三方上门核实", "上门送达材料"): a
// collector may visit (CBA 2026 guideline art. 22); what is prohibited is the visit as a menace —
// people sent tonight, to the family, to make a scene — which the other frames catch.
// The reader told to stay in for the visitors ("请您在家等候", "别出门") is held, not visited.
const VISIT_PURPOSE = /^[^。.!！?？;；\n]{0,24}?(核实|核查|了解情况|送达|调查核实|面谈|协商)/;
const HELD_IN = /在家(等候|等着|等我们|待着|别走)|请(您|你)?在家|别出门|不要出门|不许出门|别想出门/;
function lawfulVisit(ctx: Context, h: Pos): boolean {
  if (HELD_IN.test(ctx.text) || ctx.near(h, 'NIGHT', 20)) return false;
  return (
    ctx.lawful({ cls: 'VISIT', ...h }, 12) ||
    VISIT_PURPOSE.test(ctx.text.slice(h.e, h.e + 30)) ||
    lawfulVisit19(ctx, h)
  );
}

function matches(ctx: Context, re: RegExp): Pos[] {
  const need = NEEDS.get(re);
  if (need && !need.some((w) => ctx.text.indexOf(w) >= 0)) return [];
  // A few dozen highlights say it all; a pasted wall of threats needs no more.
  return matchAll(re, ctx.text, 48);
}

// Insults, threats of harm or of turning up at home or work, threats involving children.
// A threat word counts inside a threat: about a debt, or aimed at the reader with people on
// the way ("正在派人去找你") — "二十四小时" or "一百个" in an ordinary sentence is nothing.
export const intimidation: SignalRule = {
  id: 'intimidation',
  title: '辱骂、恐吓、威胁上门',
  explanation:
    '对方辱骂你，或威胁上门、找你家人孩子、骚扰不停。催收不得辱骂、恐吓、威胁（《民法典》《治安管理处罚法》及行业规定）。保留录音截图，可以向12378投诉，受到人身威胁请报警110。',
  detect(ctx) {
    // Harm threatened, or people sent to the reader: a threat in five words, debt named or not.
    // A debt named, or implied ("钱准备好", "借的钱呢"): what makes the words below threats.
    // ... or the collector speaking as one ("如果今晚12点前还不处理，我们将采取非常手段").
    const debt = debtInTalk(ctx);
    const out: Pos[] = menacing(ctx);
    const frames = [HOSTILE_VISIT, PURSUIT, SAFETY, TRACKED, KIN_FOUND];
    for (let i = 0; i < frames.length; i++) {
      const re = frames[i];
      for (let j = 0, items = matches(ctx, re); j < items.length; j++) {
        const h = items[j];
        if (!ctx.negated({ cls: 'NEG', ...h }, 4) && (debt || !friendly(ctx, h))) out.push(h);
      }
    }
    // The watcher's claim left standing on its own is the menace; with no debt, anything said
    // after it ("…我们都清楚，到时候直接去接她") gives it an innocent purpose.
    const found = [...matches(ctx, KIN_KNOWN), ...matches(ctx, FAMILY_FILE)];
    for (let i = 0; i < found.length; i++) {
      const h = found[i];
      if (!ctx.negated({ cls: 'NEG', ...h }, 4) && (debt || standsAlone(ctx, h))) out.push(h);
    }
    for (let i = 0, list = matches(ctx, KIN_HARM_Q); i < list.length; i++) {
      const h = list[i];
      if (debt || standsAlone(ctx, h)) out.push(h);
    }
    for (let i = 0, list = matches(ctx, LAST_POLITE); i < list.length; i++) {
      const h = list[i];
      if (!SERVICE.test(before(ctx, h))) out.push(h);
    }
    if (debt || /借|欠|我们的人|上门|派人/.test(ctx.text)) out.push(...matches(ctx, NOT_KIND));
    if ((collecting(ctx) && moneyOwed(ctx)) || impliedDebt(ctx))
      for (let i = 0, list = [DODGE, PATIENCE, COME_OUT]; i < list.length; i++) {
        const re = list[i];
        out.push(...matches(ctx, re));
      }
    if (debt) {
      const frames2 = [
        LEFT_TO_WEIGH,
        NO_BLAME,
        ALL_MEANS,
        FAMILY_SAKE,
        FOLLOW_TILL_PAID,
        PAYBACK,
        MADE_NOTORIOUS,
        KNOWN_CLEAR,
      ];
      for (let i = 0; i < frames2.length; i++) {
        const re = frames2[i];
        out.push(...matches(ctx, re));
      }
    }
    if (VEILED.test(ctx.text)) out.push(...matches(ctx, CHILD_WHERE));
    // "你屋企住邊我哋都知，識做啦": the home claimed, and "you know what to do" — nothing else
    // said, so no errand or kindness gives it a purpose.
    if (KNOW_WHAT_TO_DO.test(ctx.text)) out.push(...matches(ctx, KNOWS));
    // "我们知道你住哪": the claim and nothing else — no lift, no visit, no reason given.
    else
      for (let i = 0, list = matches(ctx, KNOWS); i < list.length; i++) {
        const h = list[i];
        if (standsAlone(ctx, h) && !/[,，。.!！?？;；]/.test(ctx.text.slice(0, h.s))) out.push(h);
      }
    // The reader avoiding the caller, and their home or family as the next stop ("再不接电话，我就去
    // 你老家", "找不到你就找你家人"): a pursuer's threat, debt named or not.
    // Without a debt only the family, hometown or work as the target: "再不接电话，我就去你家找你"
    // is as likely a worried mother.
    if (AVOIDING.test(ctx.text)) {
      const found2 = debt
        ? [...ctx.all('VISIT'), ...matches(ctx, FAMILY_NEXT)]
        : [
            ...ctx
              .all('VISIT')
              .filter((x) => /老家|父母|爸妈|公司|单位/.test(ctx.text.slice(x.s, x.e))),
            ...matches(ctx, FAMILY_NEXT).filter((x) =>
              /领导|老板|同事/.test(ctx.text.slice(x.s, x.e)),
            ),
          ];
      for (let i = 0; i < found2.length; i++) {
        const v = found2[i];
        if (
          !ctx.negated({ cls: 'VISIT', ...v }, 6) &&
          !friendly(ctx, v) &&
          AVOIDING.test(before(ctx, v))
        )
          out.push(v);
      }
    }
    const wait = matches(ctx, WAIT_SEE);
    if (wait.length) {
      const visit = [...ctx.all('VISIT'), ...ctx.all('DISPATCH')].filter(
        (v) => !ctx.negated(v, 6) && !friendly(ctx, v) && !lawfulVisit(ctx, v),
      );
      if (visit.length) out.push(...wait, ...visit);
    }
    // The same behaviours in the other languages collection quotes come in (self-framed).
    // ... but not a visit on an errand ("… on their way to your home for the installation").
    out.push(
      ...[...foreignIntimidation(ctx).filter((h) => !spared16(ctx, h)), ...menace16(ctx)].filter(
        (h) => !festive19(ctx, h, true),
      ),
    );
    // The Chinese short forms ("让你社死", "我会找人的"), debt named or not (abuse-zh16.ts).
    out.push(...zhMenace16(ctx));
    // Chinese visits, door damage, safety, ruin and curses the lists miss (zh-abuse17.ts).
    out.push(...zhMenace17(ctx));
    // Our people at the door, the routine claimed, harm, curses, midnight calls (zh-abuse18.ts).
    out.push(...zhMenace18(ctx));
    // Abroad: agents at the door, the reader hunted, the children named, arrest, night calls (abuse19.ts).
    out.push(...menace19(ctx));
    // Coming, harming, hounding, degrading as acts on the reader, in talk of a debt (even implied).
    out.push(...menaceActs(ctx, (h) => lawfulVisit(ctx, h)));
    out.push(...bareDemand(ctx));
    // Sex work, self-harm, a curse on the family or a beating put to the reader.
    out.push(...degradingActs(ctx, debt));
    if (!debt && !out.length) return [];
    // An insult is aimed at the reader ("你这个老赖") or at the debtor ("老赖，还钱！", "欠钱不还的
    // 人渣"), not told of someone in a story ("电影里的老赖最后被抓了").
    const addressed = /你|您/.test(ctx.text);
    for (let i = 0, list = ctx.all('INSULT'); i < list.length; i++) {
      const h = list[i];
      const sent = ctx.sentence[h.s];
      const demand = (['DEBT', 'LOAN', 'COLLECT'] as const).some((c) =>
        ctx.all(c).some((d) => ctx.sentence[d.s] === sent && (d.e <= h.s || d.s >= h.e)),
      );
      if ((addressed || demand || impliedDebt(ctx)) && !fraudNamed19(ctx, h)) out.push(h);
    }
    for (let i = 0, list = ctx.all('THREAT'); i < list.length; i++) {
      const h = list[i];
      // ... but not the outcome a lawful notice names ("逾期将影响征信，后果自负"; zh-abuse18.ts).
      if (!ctx.negated(h, 4) && !lawfulOutcome(ctx, h)) out.push(h);
    }
    // Visits and family mentions are threats only in talk about a debt ("明天去你家玩" is not).
    // ... but not the lender's own visit, announced as lawful ("将依法上门催收").
    // ... nor one promised not to happen ("我们不会上门催收").
    for (let i = 0, list = ctx.all('THREAT_DEBT'); i < list.length; i++) {
      const h = list[i];
      if (!lawfulVisit(ctx, h) && !/(不会|不再|绝不|从不|决不)$/.test(before(ctx, h).slice(-3)))
        out.push(h);
    }
    for (let i = 0, list = [HIDING, WARN_HARM, KNOWS, CHILD_FUTURE, SIT_IN]; i < list.length; i++) {
      const re = list[i];
      for (let j = 0, items = matches(ctx, re); j < items.length; j++) {
        const h = items[j];
        // "我们已掌握您的住址，将依法寄送诉讼材料": the address of a lawful step.
        if (re !== KNOWS || !/依法|法院|诉讼|送达|律师函|核实/.test(ctx.text)) out.push(h);
      }
    }
    for (let i = 0, list = ctx.all('VISIT'); i < list.length; i++) {
      const v = list[i];
      if (ctx.negated(v, 6) || lawfulVisit(ctx, v)) continue;
      // "把账单寄到你公司": a letter sent, no one goes.
      if (/[寄送发邮递]$/.test(ctx.text.slice(Math.max(0, v.s - 1), v.s))) continue;
      // "将上门", or the visit as what follows from not paying ("不然我们到你公司去").
      const fut = ctx.before(v, 'FUTURE', 12) || conditioned(ctx, v);
      if (fut) out.push(fut, v);
    }
    // People sent as what follows from not paying ("下午三点前不还，我们的人就过去", "再不还就派人"):
    // the place may go unsaid.
    for (let i = 0, list = ctx.all('DISPATCH'); i < list.length; i++) {
      const d = list[i];
      if (ctx.negated(d, 6) || lawfulVisit(ctx, d) || friendly(ctx, d)) continue;
      // "法院上门执行" is a claim of legal process (authority_threat), not people sent.
      if (/(法院|警察|公安|民警|执行局)$/.test(ctx.text.slice(Math.max(0, d.s - 4), d.s))) continue;
      // A condition, not a date: "外访人员今天来了解情况" is a visit announced, not threatened. Or
      // the people already on their way ("外访已经出发了").
      const why = conditioned(ctx, d) || ON_THE_WAY.exec(ctx.text.slice(d.e, d.e + 10));
      if (why) out.push(d);
    }
    for (let i = 0, list = ctx.all('FAMILY'); i < list.length; i++) {
      const f = list[i];
      if (supposed(ctx, f)) continue;
      const harm = ctx.near(f, 'FAMILY_HARM', 10, true, false);
      if (harm) out.push(f, harm);
    }
    return spans(ctx, threats(ctx, out));
  },
};
