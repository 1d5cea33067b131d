import type { Signal, SignalId } from '../types';
import type { Context, Hit } from '../engine/context';
import { spans, type SignalRule } from './rule';
import { authorityPersona } from '../engine/frames';
import { authorityThreat, authorityThreats } from './authority-threat';
import { notItsObject, remoteControl } from './remote-control';
import { credentialRequest } from './credential-request';
import { advanceFee } from './advance-fee';
import { asked, recorded } from '../engine/frames';
import { servedSummons } from './impersonation';
import { caseHandOver } from './case-handover';
import { accountCancellation, ENROLLED, LOAN_WORDS, RECURRING } from './account-cancellation';
import { payToUnofficialAccount } from './pay-to-unofficial-account';

// Police, courts, prosecutors and financial regulators: the authorities whose name is the
// threat. The credit bureau or the tax office in costume is impersonation, not a threat of
// arrest or a suit.
const THREATENING_AUTHORITY =
  /公安|警|派出所|刑侦|经侦|法院|法官|书记员|检察|监管|银监|银保监|证监|金管局|反诈|国安|纪委|监察委|police|court/;

/**
 * The fake authority a scam wears: a police, court or regulator persona ("我是…法院执行局的",
 * "这里是反诈中心"), a summons or warrant served by message, or a criminal case said to be under
 * way with someone to contact. What the scam rules catch as impersonation is also, to the reader,
 * the authority that frightens them — the signal they should see named.
 */
function fakeAuthority(ctx: Context): Hit[] {
  const out: Hit[] = authorityPersona(ctx).filter((h) =>
    THREATENING_AUTHORITY.test(ctx.text.slice(h.s, h.e)),
  );
  const summons = servedSummons(ctx);
  if (summons) out.push(summons);
  out.push(...caseHandOver(ctx));
  // The rule shows a court or a suit only in talk about a debt; in a scam it is the threat
  // whatever the "case" is about ("你的案子已经移交法院，想撤诉就先交撤诉费").
  const { criminal, civil } = authorityThreats(ctx);
  // "我们会尽快处理您的案件": a bank's or courier's "case" is no court.
  for (let i = 0, list = [...criminal, ...civil]; i < list.length; i++) {
    const h = list[i];
    if (!/^(案件|诈骗案|涉案|涉嫌|嫌疑)$/.test(ctx.text.slice(h.s, h.e))) out.push(h);
  }
  return out;
}

/**
 * An app the scam asks the reader to install: "扫描下方二维码下载“乐退款”App", "请下载“微粒贷”App
 * 激活：wld-app.cc/down". Only the institution's own app from its own store is not the scam's —
 * one the message names and offers no link for.
 */
function scamApp(ctx: Context): Hit[] {
  const link = ctx.entitiesOf('link').length > 0;
  for (let i = 0, list = ctx.all('DOWNLOAD'); i < list.length; i++) {
    const d = list[i];
    if (ctx.negated(d, 10)) continue;
    const obj = ctx.after(d, 'DOWNLOAD_OBJ', 14);
    if (!obj || notItsObject(ctx, d, obj)) continue;
    const named = ctx.text.slice(d.e, obj.s);
    const own =
      ctx.mentions.some((m) => m.s >= d.e && m.e <= obj.s) && !/我们|我发|最新|新版/.test(named);
    if (!own || link) return [{ cls: d.cls, s: d.s, e: obj.e }];
  }
  return [];
}

// "输入验证码", "填写支付密码", "把识别码念给我": a code handed over, in their app or to them.
const HAND_OVER = /(输入|填写|填入|提供|告诉|发送|发给|报给|念给|说出)[^，,。!?！？]{0,4}$/;

/** A code or password the scam has the reader type into its page or hand over. */
function codeHandedOver(ctx: Context): Hit[] {
  for (let i = 0, list = ctx.all('SECRET'); i < list.length; i++) {
    const h = list[i];
    if (
      ctx.negated(h, 8) ||
      ctx.all('SAFE_CODE').some((x) => ctx.sentence[x.s] === ctx.sentence[h.s])
    )
      continue;
    const before = ctx.text.slice(Math.max(0, h.s - 10), h.s);
    const m = HAND_OVER.exec(before);
    if (m) return [{ cls: h.cls, s: h.s - before.length + m.index, e: h.e }];
  }
  return [];
}

// "得给我个人点好处费", "要交一笔保证金": the fee is owed to the speaker.
const OWED_TO = /(给我|给他|给她|给我们|得给|要给|交给|付给)[^，,。!?！？]{0,6}$/;

/** A fee of the loan script the scam asks for (a kickback, a deposit, an unfreezing fee). */
function feeAsked(ctx: Context): Hit[] {
  for (let i = 0, list = ctx.all('ADV_FEE'); i < list.length; i++) {
    const h = list[i];
    if (ctx.negated(h, 10) || recorded(ctx, h)) continue;
    const to = OWED_TO.test(ctx.text.slice(Math.max(0, h.s - 10), h.s));
    if (to || asked(ctx, h, 20) || ctx.near(h, 'FEE_ASK', 12, true, true)) return [h];
  }
  return [];
}

// "请点击链接完成身份验证", "请您验证银行卡": an identity, card or account check asked of the
// reader. In a scam the check is theirs: what is typed in is the credential.
const VERIFY_ASK =
  /(请|需要?|须|必须|要)[^,，。!?！？\n]{0,10}?((身份|实名|银行卡|信用卡|储蓄卡|账户|帐户)(信息)?(验证|认证|核验)|(验证|认证|核验)(你的|您的)?(身份|银行卡|信用卡|储蓄卡|账户|帐户))/g;

/** An identity, card or account check the scam asks the reader to pass. */
function verifyAsked(ctx: Context): Hit[] {
  return matches(ctx, VERIFY_ASK).slice(0, 1);
}

// "需要你帮帮忙转个账", "麻烦你汇款给我": money moved at the speaker's request. In a scam whoever
// asks for the transfer is the payee — never an official account.
// Not "请问这笔转账…", "提供转账记录", "我们会尽快安排转账" (a question, a record, their own payment).
const TRANSFER_ASK =
  /(请(?!问)|需要|帮我|帮帮|帮忙|麻烦|赶紧|赶快|快点|尽快|马上|立即|立刻)[^,，。!?！？\n安对这冻]{0,8}?(转个?账|转款|转钱|汇款|汇钱|打款|打钱|转给我|汇给我|打给我)(?!记录|的|是否|情况|时间|信息|事宜)/g;

function transferAsked(ctx: Context): Hit[] {
  return matches(ctx, TRANSFER_ASK).slice(0, 1);
}

// "需补交税款", "缴纳您的2800元费用后…领取大奖": a tax or fee paid before money is released (not a
// fine, not the loan's own instalment); "保証金が必要", "解除のために6万円の振り込みが必要".
const FEE_FIRST =
  /(缴纳|支付|交纳|补交|补缴|先交|先缴|先付)[^,，。!?！？\n]{0,8}?(费用|税款|税费|税金|手续费|押金)|(保証金|手数料|供託金|一時金|担保金|経費|利息分|解除のため)[^。!?\n]{0,16}?(振り?込|支払)/g;

function feeFirst(ctx: Context): Hit[] {
  return matches(ctx, FEE_FIRST).slice(0, 1);
}

// "你实名开通了一份免费的百万保险业务，免费期已到期，今天开始扣费": a service the reader never chose,
// about to charge them — the opener of the fake cancellation, once the notice is a scam
// (the rule itself wants the caller's persona); "需要您这边自己关闭": the closing asked for.
const CLOSE_ASK = /(需要|请|须|必须)(你|您)[^,，。!?！？\n]{0,4}?(关闭|注销)/g;

function enrolledCharge(ctx: Context): Hit[] {
  const t = ctx.text;
  const close = matches(ctx, CLOSE_ASK).slice(0, 1);
  if (close.length || !ENROLLED.test(t) || LOAN_WORDS.test(t)) return close;
  const m = RECURRING.exec(t);
  return m ? [{ cls: 'CANCEL_ACT', s: m.index, e: m.index + m[0].length }] : [];
}

const NOT_BEFORE = /(不要|请勿|切勿|勿|别|不|无需|不用|不必)$/;

/**
 * The matches of a global `re` not negated, not the speaker's own act ("我们会…"), not in a
 * record of the past, and (when given) not followed by `excuse`.
 */
function matches(ctx: Context, re: RegExp, excuse?: RegExp): Hit[] {
  const out: Hit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
    const h: Hit = { cls: 'REQUEST', s: m.index, e: m.index + m[0].length };
    const lead = ctx.text.slice(Math.max(0, h.s - 4), h.s);
    if (!NOT_BEFORE.test(lead.slice(-2)) && !/我们?(会|将)/.test(lead) && !ctx.negated(h, 8))
      if (!recorded(ctx, h) && !(excuse && excuse.test(ctx.text.slice(h.e, h.e + 14)))) out.push(h);
  }
  return out;
}

// "请尽快登入xx网址进行升级", "登录“我要上春晚”官方网站", "请进******": a site or a link the scam
// sends the reader to, its address cut from the quote or masked. The rules judge a link they can
// read; once the notice is a scam, the site it sends the reader to is the scam's own.
const SITE_ASK =
  /(登录|登入|登陆|进入|打开|访问|点击|点开|请进)[^,，。!?！？\n]{0,10}?(链接|网址|网站|连结|链结|网页)|(登录|登入|进入|打开|访问|点击|请进)\s?[*＊]{4,}/g;

// "请按短信中的电话联系王经理", "热线010-5713***", "企鹅群:891920458": a number or a group the
// scam asks the reader to call or join, its digits cut from the quote, masked, or behind a nickname
// the extractor does not read. Not "拨打官方客服电话" (the reader's own check) and never the
// sender's own ("您现在拨打的这个号码", DESIGN.md).
const NUMBER_ASK =
  /(按|拨打|致电|联系|回电)(?!的)[^,，。!?！？\n官]{0,4}?(短信中|短信里|以下|下方|下面|如下|这个|此|该|上述)的?[^,，。!?！？\n官]{0,4}?(电话|号码|热线)|(热线|电话|号码)[:：]?\s?\d{2,}[-\s]?\d*[*＊x]{3,}|(企鹅|扣扣|qq|q)群\s?[:：]?\s?\d{5,11}/g;

/** Where a scam asks the reader to call or join a number the text does not give in full. */
export function numberAsked(ctx: Context): Hit[] {
  if (ctx.entities.some((e) => e.kind === 'phone' || e.kind === 'qq' || e.kind === 'wechat_id'))
    return [];
  return matches(ctx, NUMBER_ASK).slice(0, 1);
}

const LOOK_UP = /查询|查看|核实|核对|了解|公告|资质|开奖/;
const STATE_SITE = /国家|中国|政府|税务/;

/** Where a scam asks the reader to open a site whose address the text does not give. */
export function siteAsked(ctx: Context): Hit[] {
  // "可以登录国家彩票中心的官方网站查询开奖结果": a site offered to look something up is a check the
  // reader may make, not the route the scam leads by.
  return matches(ctx, SITE_ASK, LOOK_UP)
    .filter((h) => !STATE_SITE.test(ctx.text.slice(h.s, h.e)))
    .slice(0, 1);
}

/**
 * On a scam verdict, the behaviours the text shows that the rule deciding it did not name: a
 * "judge" asking for a deposit shows the fake authority beside the fee. Never changes a verdict
 * (they are added only once it is scam) and never adds a behaviour the text does not show.
 */
export function companionSignals(ctx: Context, ids: ReadonlySet<SignalId>): Signal[] {
  // A hospital's "deposit" in a fake emergency is the emergency's money, not a loan's fee; a
  // debt-relief agency's service fee is its own signal.
  const fee = !ids.has('fake_emergency') && !ids.has('debt_relief_agency');
  return namedSignals(ctx, ids, [
    [authorityThreat, fakeAuthority],
    [credentialRequest, either(codeHandedOver, verifyAsked)],
    ...(ids.has('fake_emergency')
      ? []
      : ([[advanceFee, fee ? either(feeAsked, feeFirst) : feeAsked]] as const)),
    [remoteControl, scamApp],
    [payToUnofficialAccount, transferAsked],
    [accountCancellation, enrolledCharge],
  ]);
}

/** The first finder that finds something. */
function either(...finders: Finder[]): Finder {
  return (ctx) => {
    for (let i = 0; i < finders.length; i++) {
      const f = finders[i];
      const found = f(ctx);
      if (found.length) return found;
    }
    return [];
  };
}

/** Where a rule's behaviour stands in the text (nothing: it does not). */
export type Finder = (ctx: Context) => Array<Hit | { s: number; e: number }>;

/**
 * The signals of the rules not named yet (not in `ids`) whose finder finds their behaviour, in
 * the order given, each with the rule's own title and explanation.
 */
export function namedSignals(
  ctx: Context,
  ids: ReadonlySet<SignalId>,
  finders: ReadonlyArray<readonly [SignalRule, Finder]>,
): Signal[] {
  const out: Signal[] = [];
  for (let i = 0; i < finders.length; i++) {
    const [rule, found] = finders[i];
    if (ids.has(rule.id)) continue;
    const sp = spans(ctx, found(ctx));
    if (sp.length)
      out.push({ id: rule.id, title: rule.title, explanation: rule.explanation, spans: sp });
  }
  return out;
}
