// Frames: the shapes in which a cue word means something. A word like 二维码, 下载, 诉讼 or
// 账户 is not a behaviour; "请扫这个二维码", "下载我们发的软件", "不还就起诉你全家" are. Rules
// ask whether a cue sits inside an ask (a request verb aimed at the reader), a condition with
// its consequence, or a deadline, in the same clause or close to it in the same sentence, and
// report the clause that carries it rather than the lone word.

import type { Context, Hit } from './context';
import type { CueClass } from './cues';

/** Regex source of one character within a clause: no clause punctuation or line break. */
export const IN = '[^，,。.!！?？;；\\n]';

interface Pos {
  s: number;
  e: number;
}

/** Longest stretch a highlighted clause reaches on either side of what the rule found. */
export const CLAUSE_CAP = 24;

const TRIM = /[\s,，.。;；:：!！?？、…"“”'‘’()（）【】[\]]/;

/**
 * The clause around `core`: extended left and right to clause punctuation, but never more than
 * `cap` characters beyond the core on each side (a run-on paste has no punctuation at all).
 */
export function clauseAround(ctx: Context, core: Pos, cap = CLAUSE_CAP): Pos {
  const t = ctx.text;
  const n = t.length;
  if (!n) return core;
  const s0 = Math.max(0, Math.min(core.s, n - 1));
  const e0 = Math.max(s0 + 1, Math.min(core.e, n));
  const cl = ctx.clause;
  let s = s0;
  const cs = cl[s0];
  while (s > 0 && s0 - s < cap && cl[s - 1] === cs) s--;
  let e = e0;
  const ce = cl[e0 - 1];
  while (e < n && e - e0 < cap && cl[e] === ce) e++;
  // Never cut a number or a word in two ("6212 2640 0017 3…").
  const word = /[0-9a-z]/;
  for (
    let k = 0;
    k < 32 && e < n && cl[e] === ce && word.test(t[e - 1]) && /[0-9a-z ]/.test(t[e]);
    k++
  )
    e++;
  while (s < s0 && TRIM.test(t[s])) s++;
  while (e > e0 && TRIM.test(t[e - 1])) e--;
  return { s, e };
}

function sameSentence(ctx: Context, a: Pos, b: Pos): boolean {
  const n = ctx.text.length - 1;
  return ctx.sentence[Math.min(a.s, n)] === ctx.sentence[Math.min(b.s, n)];
}

/** First unnegated hit of `cls` within `reach` characters of `h` in the same sentence. */
function close(ctx: Context, h: Pos, cls: CueClass, reach: number): Hit | undefined {
  return ctx.near(h, cls, reach, true, true);
}

/** The cue is asked of the reader: a request verb close to it in the same sentence. */
export function asked(ctx: Context, h: Pos, reach = 16): Hit | undefined {
  return close(ctx, h, 'REQUEST', reach);
}

/** The cue is the consequence of a condition ("不还就…", "否则…", "再不…"). */
export function conditioned(ctx: Context, h: Pos, reach = 24): Hit | undefined {
  return close(ctx, h, 'COND', reach);
}

/** The cue is announced as what will (or already did) happen: "将/要/会/马上/已经 + cue". */
export function announced(ctx: Context, h: Pos, reach = 12): Hit | undefined {
  return ctx.before(h, 'FUTURE', reach);
}

/** A deadline in the same sentence ("今天之内", "3天内", "下午5点前"). */
export function deadlined(ctx: Context, h: Pos, reach = 30): Hit | undefined {
  const d = ctx.near(h, 'DEADLINE_START', reach, true, false);
  if (d) return d;
  return ctx.near(h, 'URGENT', reach, true, true);
}

/** The cue accuses the reader ("您的银行卡涉嫌洗钱", "你涉嫌恶意透支"). */
export function accused(ctx: Context, h: Pos): boolean {
  if (ctx.text.slice(h.s, h.s + 2) !== '涉嫌' && !ctx.near(h, 'ACCUSE', 8, true, true))
    return false;
  const c = clauseAround(ctx, h, 16);
  return /你|您/.test(ctx.text.slice(c.s, h.e));
}

// "请勿相信任何自称“内部渠道”可消除逾期记录的人员": what a warning tells the reader not to believe is
// the script quoted, not offered. So is "别被那些说能…的骗了", "别去找网上那些代理" (fa19).
const WARNED_OF =
  /(勿|不要|别|切莫|谨防|警惕|提防|当心)(相信|轻信|听信|理会|被|去找|找)?[^，,。!?！？\n]{0,4}?(任何|所谓|自称|声称|那些)/;

/** `h` sits in a warning against whoever claims it, in its own clause (quotes included). */
export function warnedOf(ctx: Context, h: Pos): boolean {
  const before = ctx.text.slice(Math.max(0, h.s - 16), h.s);
  return WARNED_OF.test(before.slice(before.search(/[^，,。!?！？\n]*$/)));
}

// "您作为原告起诉的案件已立案": the reader brought the case; it accuses no one.
const OWN_CASE =
  /(您|你)(作为|是)(本案)?(原告|申请人|申请执行人|起诉人|报案人)|(您|你)(起诉|申请|提交|提起|报案)的/;

/** The message is about a case the reader brought. */
export function ownCase(ctx: Context): boolean {
  return OWN_CASE.test(ctx.text);
}

/**
 * The reader avoiding the caller ("再不接电话", "找不到你", "装死", "不在的话"): what a pursuer names
 * before the next stop — the family, the neighbours, the workplace.
 */
export const AVOIDING =
  /(再不|还不|不)(接电话|接我电话|回电话|回消息|回复|出来|下来|露面|出面|联系我们)|找不到你|联系不上你|躲着不|躲起来|(那么|这么)?(喜欢|能|爱)躲|拉黑|装死|玩失踪|不在的话|不在家的话/;

/**
 * The message is about a debt the reader owes: loan words, or a collector's own talk ("替你扛",
 * "打到你还为止", "债务人") that names no loan. The abusive frames need it to tell a threat from
 * the same words among friends; the scam rules keep `ctx.debtTalk`.
 */
export function collecting(ctx: Context): boolean {
  return ctx.debtTalk || ctx.all('COLLECT').some((h) => !ctx.negated(h, 4));
}

/**
 * Someone menaces the reader in person: a threat of harm, or people sent to them ("派人去找你",
 * "几个兄弟去你老家"). Such a message is a threat even when it names no debt.
 */
export function menacing(ctx: Context): Hit[] {
  const out: Hit[] = [];
  const debt = collecting(ctx);
  // With no debt in sight, people coming round for an errand or a visit are friends or
  // couriers ("派人去你公司送合同", "兄弟们去你家喝酒"), not a threat.
  const errand = (h: Hit) => !debt && friendly(ctx, h);
  for (let i = 0, list = ctx.all('THREAT_HARM'); i < list.length; i++) {
    const h = list[i];
    if (
      !ctx.negated(h, 4) &&
      !errand(h) &&
      !photoAsked(ctx, h) &&
      !(!debt && (waitForMe(ctx, h) || photoOnly(ctx, h)))
    )
      out.push(h);
  }
  for (let i = 0, list = ctx.all('DISPATCH'); i < list.length; i++) {
    const d = list[i];
    if (ctx.negated(d, 6) || errand(d)) continue;
    const at = ctx.near(d, 'AT_YOU', 12, true, false);
    if (!at) continue;
    // "我们的人已经在你家楼下": the announcement may sit between the people and the place.
    const between = ctx
      .all('FUTURE')
      .some((f) => f.s >= d.e && f.e <= at.s && ctx.sentence[f.s] === ctx.sentence[d.s]);
    // ... or sent already ("我们已派人前往你家").
    const sent = d.s > 0 && ctx.text[d.s - 1] === '已';
    const when =
      sent || between || announced(ctx, d, 12) || conditioned(ctx, d) || deadlined(ctx, d, 20);
    if (when || debt) out.push(d, at);
  }
  return out;
}

// "Post your photos for the contest", "never share your photo online": with no debt and no
// condition in sight the reader's photo is only a photo (the threat to spread it is a debt's).
function photoOnly(ctx: Context, h: Hit): boolean {
  return /^(your photo|bad videos)$/.test(ctx.text.slice(h.s, h.e)) && !conditioned(ctx, h);
}
/** "Please send your photo ID": the reader asked for their own photo, debt named or not. */
function photoAsked(ctx: Context, h: Hit): boolean {
  return (
    ctx.text.slice(h.s, h.e) === 'your photo' &&
    /\b(please|kindly|send|upload|submit|attach|provide|update)( us)? $/.test(
      ctx.text.slice(Math.max(0, h.s - 16), h.s),
    )
  );
}

// "你等着，我马上下楼": the reader asked to wait for the speaker coming down, not warned.
const WAIT_FOR_ME =
  /^[，,\s]*(我)?(马上|这就|现在|先|一会儿?)?(就)?(下楼|下来|出来接|去接|来开门|开门|去拿|(去)?给你(买|拿|带|取|做|送))/;
function waitForMe(ctx: Context, h: Hit): boolean {
  return /等着$/.test(ctx.text.slice(h.s, h.e)) && WAIT_FOR_ME.test(ctx.text.slice(h.e, h.e + 12));
}

const ERRAND =
  /(补贴|补助|救助金|慰问金)[^，,。!?！？]{0,6}?(发放|到账|领取)|发放(补贴|补助)|(送|拿|取)(一下)?(货|餐|件|快递|合同|文件|礼|花|东西|资料)|签收|接你|取件|吃饭|一起吃|一起去吃|吃火锅|喝酒|聚会|聚餐|团建|作业|值日|班会|排练|聚一聚|来玩|去玩|玩一|拜访|拜年|看望|探望|维修|安装|装修|水表|电表|燃气|抄表|检修|搬家|庆祝|生日|做客|串门|合同|签字|开会|会议|家长会|面试|培训|礼物|寄东西|寄快递|包裹|房租|交租|合作|谈业务|项目|快递|外卖|比赛|球场|球赛|打球|活动|祝福|新年|加薪|升职|修(水管|电|空调|马桶|灯|门锁|冰箱|洗衣机|热水器|电脑)|给(你|您)(带|买)(了|点)|一起去/;

/** The sentence around `h` is about an errand or a get-together ("送合同", "一起吃饭"). */
export function friendly(ctx: Context, h: Pos): boolean {
  return ERRAND.test(sentenceOf(ctx, h));
}

/** Where the sentence that holds `h` starts and ends (at least all of `h`). */
export function sentenceBounds(ctx: Context, h: Pos): Pos {
  const n = ctx.text.length;
  const sent = ctx.sentence[Math.min(h.s, n - 1)];
  let s = h.s;
  let e = h.e;
  while (s > 0 && ctx.sentence[s - 1] === sent) s--;
  while (e < n && ctx.sentence[e] === sent) e++;
  return { s, e };
}

const GLOBAL = new WeakMap<RegExp, RegExp>();

/**
 * `re`'s source as a global regex (its other flags dropped), built once per regex rather than
 * on every notice a frame scans; lastIndex reset for a new scan.
 */
export function globalOf(re: RegExp): RegExp {
  let g = GLOBAL.get(re);
  if (!g) GLOBAL.set(re, (g = new RegExp(re.source, 'g')));
  g.lastIndex = 0;
  return g;
}

/** Signed with a 【sender】 tag at the start or the end, as a service's own SMS is. */
function signed(t: string): boolean {
  return /^\s*【[^】]{2,16}】/.test(t) || /【[^】]{2,16}】\s*$/.test(t);
}

/** Signed, and it gives no number, link, account or id, and is no call or chat: whatever it
 * asks, the reader can act only through the sender's own channels. */
export function ownChannelsOnly(ctx: Context): boolean {
  return (
    signed(ctx.text) &&
    !ctx.entities.some((e) => e.kind !== 'amount' && e.kind !== 'date') &&
    ctx.input.channel !== 'call' &&
    ctx.input.channel !== 'wechat'
  );
}

/** The text of the sentence that holds `h`. */
export function sentenceOf(ctx: Context, h: Pos): string {
  const b = sentenceBounds(ctx, h);
  return ctx.text.slice(b.s, b.e);
}

/**
 * The cue sits in a record of what already happened ("交易类型：扫码消费", "公积金个人账户于…缴存"):
 * a record cue in its sentence and no request there.
 */
export function recorded(ctx: Context, h: Pos): boolean {
  const n = ctx.text.length - 1;
  const sent = ctx.sentence[Math.min(h.s, n)];
  const inSentence = (x: Hit) => ctx.sentence[x.s] === sent;
  const records = ctx.all('RECORD');
  if (records.some(inSentence) && !ctx.all('REQUEST').some(inSentence)) return true;
  // A notice laid out line by line ("交易成功通知 / 订单金额 / 支付方式…") that asks nothing.
  return records.length >= 2 && !ctx.has('REQUEST') && !ctx.has('URGENT');
}

/** The reader is asked to pay into it: a request, a transfer verb, or "扫码支付" right after. */
export function payAsked(ctx: Context, h: Pos): Hit | Pos | undefined {
  if (recorded(ctx, h)) return undefined;
  const verb = ctx
    .all('PAY_VERB')
    .find(
      (v) =>
        (v.e <= h.s || v.s >= h.e) &&
        Math.abs(v.s - h.s) <= 12 + (h.e - h.s) &&
        ctx.sentence[v.s] === ctx.sentence[h.s] &&
        !ctx.negated(v),
    );
  if (verb) return verb;
  // What the code or account is for comes right after it: "扫描二维码下载APP", "扫码关注公众号"
  // ask the reader to scan, not to pay into it.
  if (
    /^[^，,。.!！?？;；\s]{0,3}?(下载|安装|关注|查看|查询|进群|加群|添加|登录|注册|了解|领取|识别)/.test(
      ctx.text.slice(h.e, h.e + 8),
    )
  )
    return undefined;
  const ask = asked(ctx, h, 20);
  if (ask) return ask;
  // Handed to the reader: "给您发付款码", "发你收款码".
  const before = ctx.text.slice(Math.max(0, h.s - 6), h.s);
  if (/(发|给)给?(你|您)|(你|您)(扫|付)/.test(before))
    return { s: h.s - 6 < 0 ? 0 : h.s - 6, e: h.s };
  const m = /^[^，,。.!！?？;；\s]?(支付|付款|还款|转账|缴费|充值)/.exec(
    ctx.text.slice(h.e, h.e + 4),
  );
  return m ? { s: h.e, e: h.e + m[0].length } : undefined;
}

/** Any frame that turns a cue into a threat: a condition, an announcement or a deadline. */
export function threatened(ctx: Context, h: Pos): Hit | undefined {
  return conditioned(ctx, h) || announced(ctx, h) || deadlined(ctx, h);
}

// What may stand between "我是" and the authority it claims ("我是XX市公安局的李警官") — not
// a verb that makes the authority an object ("我是债主，我报公安了").
const PERSONA_GAP = /[报找去叫让说给把被会要将没不告诉到跟向]/;

/**
 * Where the speaker claims to be an authority: "我是…民警", "这里是…法院", a 【…公安局】
 * signature, or a badge number. Returns the authority words so a rule can highlight the claim.
 */
export function authorityPersona(ctx: Context): Hit[] {
  const out: Hit[] = [];
  const t = ctx.text;
  for (let i = 0, list = ctx.all('AUTH_ROLE'); i < list.length; i++) {
    const a = list[i];
    if (ctx.negated(a, 4)) continue;
    const self = ctx.before(a, 'PERSONA_SELF', 14);
    if (self && !PERSONA_GAP.test(t.slice(self.e, a.s))) {
      out.push({ cls: 'AUTH_ROLE', s: self.s, e: a.e });
      continue;
    }
    // A signature at the very start: 【某某市公安局】.
    const open = t.lastIndexOf('【', a.s);
    if (open >= 0 && open <= 2 && a.s - open <= 12 && !t.slice(open, a.s).includes('】')) {
      out.push({ cls: 'AUTH_ROLE', s: open, e: a.e });
      continue;
    }
  }
  const badge = t.indexOf('警号');
  if (badge >= 0) out.push({ cls: 'AUTH_ROLE', s: badge, e: badge + 2 });
  return out;
}

/** Hits of `cls` that are asked of the reader somewhere in the message. */
export function askedHits(ctx: Context, cls: CueClass, reach = 16): Hit[] {
  return ctx.all(cls).filter((h) => !ctx.negated(h, 6) && !!asked(ctx, h, reach));
}

export { sameSentence };

// Sent to a counter in person ("请携带身份证到就近网点办理解冻"): what is brought or done there is
// handled by the institution face to face, not handed over through the message.
const IN_PERSON =
  /携带|(到|去|前往|来|至|赴)[^。!?！？\n]{0,8}?(网点|柜台|营业厅|支行|分行|服务大厅|办事大厅|本院)/;

/** The sentence around `h` sends the reader to a counter in person. */
export function inPerson(ctx: Context, h: Pos): boolean {
  return IN_PERSON.test(sentenceOf(ctx, h));
}
