import type { SignalRule } from './rule';
import type { Context, Hit } from '../engine/context';
import type { SignalId } from '../types';

interface Pos {
  s: number;
  e: number;
}
import { spans } from './rule';
import {
  accused,
  asked,
  authorityPersona,
  deadlined,
  inPerson,
  ownCase,
  ownChannelsOnly,
  sentenceOf,
} from '../engine/frames';
import { caseHandOver } from './case-handover';
import {
  balanceScreenshot,
  bossTransfer,
  crimeOnReader,
  fakeSubscription,
  phoneInquiry,
  returnedMail,
  trafficLink,
} from './scripts6';
import { isolatingCase, knownPersona } from './scripts7';
import { fakeService, familyPersona } from './fraud-families8';
import { koScams } from './korean13';
import { latinScams } from './latin-scams16';
import { latinAuthority } from './latin-authority19';
import { zhImp17 } from './zh-scam17';
import { zhImp18 } from './zh-scam18';
import { lentAccount, renewOnSite, staffTrouble, troubleRefundPrivate } from './scam-frames13';
import { claimedAuthorityAsk } from './loan-scripts16';

// Crimes a fake authority accuses the reader of (not "违规" or "冻结", which banks say too).
const CRIME = /洗钱|诈骗|犯罪|通缉|逮捕|拘留|涉案|非法|毒品|走私|违禁品|恶意透支/;

// A court's own e-service link (court.gov.cn) or 12368 line is how real papers are announced.
const COURT_OWN = /court\.gov\.cn|12368/;
// "你有一张法院传票，请尽快领取", "刑事逮捕令和冻结管制令": a summons or a warrant served by
// phone or message. Courts serve papers in person, by post or on their own e-service platform.
const SUMMONS =
  /(逮捕令|拘捕令|冻结令|管制令|通缉令)|传票[^。!?！？\n]{0,14}?(领取|签收|未签|查询|处理|转人工|按\s?[0-9])|(领取|签收)[^。!?！？\n]{0,8}?传票|(你|您)有一?(张|份|封)[^。!?！？\n]{0,8}?传票|(你|您)有(法院)?传票(?!吗|了吗|没)/;
// "把你的照片P到通缉令上": a 'wanted poster' the reader's photo is edited onto is a shaming
// picture (abusive collection), not a warrant served on the reader.
const SHAMING_PICTURE = /照片|头像|相片|[Pp][Ss]?[到成在]|做成|印成|贴到|贴在/;
// A public account or card the reader holds, in trouble, and an ask to fix it through the
// message: "公积金账户出现故障，需紧急处理", "医保卡异地盗刷需冻结账户", "请验证银行卡解除系统
// 监管". The offices themselves send you to a counter, their app or their own hotline.
const HELD =
  /公积金|社保|医保|养老金|etc|数字人民币|行程码|健康码|个税|退税|助学|银行卡|信用卡|储蓄卡|借记卡|(您|你)的卡|账户|账号/;
const TROUBLE =
  /异常|故障|失效|停用|冻结|盗刷|被盗|盗用|不规范|违规使用|监管|被限制|黑名单|风控|发放|误列/;
const FIX =
  /(需|请|须|要|尽快|立即|及时|紧急|马上)[^。!?！？\n]{0,8}?(处理|核验|核实|验证|认证|重新绑定|绑定|登记|解除|冻结账户|补救|配合调查|补交|重新验证)/;
// A clerk, judge or officer to be added on WeChat or QQ: "请添加书记员微信处理撤诉". Courts and
// police have no private accounts for cases.
const AUTH_PRIVATE =
  /(加|添加|联系|私聊)[^，,。!?！？]{0,6}?(书记员|法官|警官|民警|交警|车管所|检察官|执行员|执行局|法院|公安|警察|调解员)[^，,。!?！？]{0,4}?(微信|qq|私人电话|手机号|个人号)/;
// "需要配合我们清理/调查": the persona's ask to cooperate with a procedure by phone.
const COOPERATE =
  /配合(我们|我|警方|调查|工作)?[^，,。!?！？]{0,4}?(清理|清查|调查|处理|核查|核实|注销|操作|清退|冻结)/;
// "我帮你转接到警官", "给您接通刑侦大队": the caller hands the call to a "police officer" (not
// "接到派出所电话" or "线索已转给警方", which a bank may say).
const PUT_THROUGH =
  /(转接|接通|连线)(到|给)?[^，,。!?！？]{0,10}?(公安|警官|警察|民警|警方|派出所|检察|法院|法官|刑侦|经侦|网警)/;
// Someone the reader is said to know, introducing themself by message: "我是你领导", "我是你
// 初中同学，还记得我吗". People you know do not need to say who they are to you.
const KNOWN =
  /我是(你|您|你们)的?[^，,。!?！？]{0,4}?(领导|老板|[\u4e00-\u9fa5]总|经理|主任|局长|处长|校长|老师|同学|老同学|朋友|老朋友|战友|亲戚|表哥|表姐|表弟|表妹|舅舅|姑姑|叔叔|阿姨|侄子|外甥)|还记得我吗|猜猜我是谁|你猜我是谁|^\s*(好兄弟|兄弟|哥们|老铁|老同学|老同事|老朋友)[,，!！\s]/;
// ... asking for money: "先帮我给一个朋友转两万块钱", "能借我点钱吗".
// ... or, in the chat of a hijacked account, a transfer asked with no sum yet: "帮帮忙转个账".
const SEND_ASK =
  /(帮我|先|给我|借我)[^，,。!?！？]{0,8}?(转|打|汇|借)[^，,。!?！？]{0,4}?([0-9一二两三四五六七八九十百千万]+)(块|元|万)|借我(点|一点|些)?钱|借点钱给我|帮帮?(我|忙)[^，,。!?！？]{0,2}?(转|打|汇)(个|一下|一笔|点)?(账|钱|款)/;
const BUYER = /(我是|我们是|这边是)[^，,。!?！？]{0,8}?(部队|军区|武警|军人|后勤|采购员|采购部)/;
const ADVANCE = /(先|帮我|替我|帮忙)[^，,。!?！？]{0,6}?(垫付|垫一下|垫上|代付|先付)/;
const PAY_SUM = /(交|付|转|打|汇|缴|存)[0-9一二两三四五六七八九十百千万]+(块|元|万)/;
const PUBLIC = /公积金|社保|医保|养老金|etc|数字人民币|行程码|健康码/;
const LOST =
  /(即将|将被|将会|将|会被)[^。!?！？\n]{0,4}?(停用|冻结|注销|封停|作废|列入黑名单)|导致[^。!?！？\n]{0,8}?黑名单/;
const OFFICE = /网点|柜台|营业厅|窗口|服务大厅|办事大厅|官方|app|12333|12329|12366|95\d{3}|尾号/;

// The state's own anti-fraud app, which police and the anti-fraud centre ask everyone to install
// ("国家反诈中心APP可以帮您识别诈骗电话，请前往应用商店下载"): no scam wants it on the phone.
const STATE_APP = /反诈(骗)?(中心)?\s*(APP|App|app|客户端|应用)/;

// A caller speaking for the office ("我是社保局的工作人员", "我这边是…").
const SPEAKER = /我是|我们是|这里是|我这边|我这里|本人是/;

// A signed alert that names no channel at all ("【某某银行】您的信用卡存在异常交易，已被临时冻结，
// 请及时处理") leaves the reader only the bank's own: what a real alert wants. The fix goes
// through the message when it gives a contact or a link (or points at one it lost in the
// quote: "点击链接", "下列网址"), when someone speaks or chats, or when no institution signs it.
// "本短信无需回复" asks no reply: a court's or a bank's own notice closes that way.
function fixGoesThrough(ctx: Context): boolean {
  const t = ctx.text;
  return (
    !ownChannelsOnly(ctx) ||
    SPEAKER.test(t) ||
    /链接|网址|网站|点击|发给|发送/.test(t) ||
    (t.indexOf('回复') >= 0 && /回复/.test(t.replace(NO_REPLY, '')))
  );
}
const NO_REPLY = /(无需|无须|请勿|切勿|不用|不要|不必)回复/g;

/** A signed alarm about an account or card the reader holds whose fix does not go through the
 * message (above): the learned second opinion's gate reads it as the institution's own alert,
 * as the rules do. */
export function alarmLeftToOwnChannels(ctx: Context): boolean {
  const t = ctx.text;
  return HELD.test(t) && TROUBLE.test(t) && !fixGoesThrough(ctx);
}

/** A signed message that gives no contact or link and no one speaks in (above). */
export function leftToOwnChannels(ctx: Context): boolean {
  return !fixGoesThrough(ctx);
}

function fixThroughMessage(ctx: Context): Pos[] {
  const t = ctx.text;
  // A lender's own notice about a loan ("您的借款账户存在风险，请完成认证") is judged elsewhere.
  // Most notices have no trouble word at all: one scan of the whole text before the per-sentence
  // look.
  if (!TROUBLE.test(t)) return [];
  if (!fixGoesThrough(ctx)) return [];
  if (ctx.has('OBLIGATION') || /逾期|欠款|借款|贷款|应还|待还|还款/.test(t) || OFFICE.test(t))
    return [];
  const out: Pos[] = [];
  const n = t.length;
  let start = 0;
  while (start < n) {
    let end = start;
    while (end < n && ctx.sentence[end] === ctx.sentence[start]) end++;
    const seg = t.slice(start, end);
    const held = HELD.exec(seg);
    const trouble = held && TROUBLE.exec(seg);
    const fix = trouble && FIX.exec(seg);
    // A public account announced lost with no ask ("社保账户异常即将停用") is the same notice.
    const lost = !fix && trouble && held && PUBLIC.test(held[0]) ? LOST.exec(seg) : null;
    if (held && lost) {
      out.push({ s: start + held.index, e: start + held.index + held[0].length });
      out.push({ s: start + lost.index, e: start + lost.index + lost[0].length });
      break;
    }
    if (
      held &&
      trouble &&
      fix &&
      !ctx.negated({ cls: 'NEG', s: start + fix.index, e: start + fix.index + 2 }, 6)
    ) {
      out.push({ s: start + held.index, e: start + held.index + held[0].length });
      out.push({ s: start + trouble.index, e: start + trouble.index + trouble[0].length });
      out.push({ s: start + fix.index, e: start + fix.index + fix[0].length });
      break;
    }
    start = end;
  }
  return out;
}

/**
 * The reader is sent to an app the sources say does not exist ("请下载微粒贷APP还款": WeBank has
 * no standalone app, facts.md §1): whoever built it is not the lender. A warning that there is
 * none ("没有微粒贷App") or a mention without an ask does not count.
 */
function missingApp(ctx: Context): Hit[] {
  for (let j = 0, list = ctx.mentions; j < list.length; j++) {
    const m = list[j];
    for (let k = 0, items = m.entry.missingApps || []; k < items.length; k++) {
      const name = items[k];
      for (let i = ctx.text.indexOf(name); i >= 0; i = ctx.text.indexOf(name, i + 1)) {
        // "微粒贷APP", or a mini program named for it ("小程序“微粒贷还款助手”"): WeChat's own
        // 微粒贷借钱 entry is neither.
        const tail = /^\s?(app|客户端|软件|apk|手机版|小程序)/.exec(
          ctx.text.slice(i + name.length),
        );
        const head = ctx.text.slice(Math.max(0, i - 8), i);
        const mini = /小程序\s?["“「]?$/.test(head);
        if (!tail && !mini) continue;
        const h: Hit = { cls: 'DOWNLOAD', s: i, e: i + name.length + (tail ? tail[0].length : 0) };
        const sent = ctx.clause[i] === ctx.clause[Math.max(0, i - 1)];
        if (
          !/下载|安装|打开|登录|登陆|进入|使用|通过|点击|搜索/.test(head) &&
          !(sent && asked(ctx, h, 8))
        )
          continue;
        if (/没有|并无|不存在|无$|假冒|冒充|山寨/.test(head) || ctx.negated(h, 8)) continue;
        return [h];
      }
    }
  }
  return [];
}

/** A summons or warrant served by message, with no official link beside it. */
export function servedSummons(ctx: Context): Hit | undefined {
  const summons =
    /传票|令/.test(ctx.text) && !COURT_OWN.test(ctx.text) ? SUMMONS.exec(ctx.text) : null;
  if (
    !summons ||
    ctx.negated({ cls: 'NEG', s: summons.index, e: summons.index + 2 }, 6) ||
    SHAMING_PICTURE.test(ctx.text.slice(Math.max(0, summons.index - 12), summons.index)) ||
    // "通缉令：老赖张三，欠钱不还": a collector's poster shaming a debtor, not a warrant served.
    (summons[0] === '通缉令' && /老赖/.test(ctx.text))
  )
    return undefined;
  return { cls: 'AUTH', s: summons.index, e: summons.index + summons[0].length };
}

// Settling the debt itself: the verbs of repaying, not the loan words around them.
// With a debt in sight, "handling" or "settling" it is the same demand ("请于今天处理").
const REPAY = /还清|还上|还款|还钱|把钱还|结清|处理欠款|处理掉欠款|履行还款/g;
const SETTLE = /处理|解决|协商/g;

/** Repayment demanded of the reader: a repaying verb with a request or a deadline close by. */
function repayDemands(ctx: Context): Hit[] {
  const out: Hit[] = [];
  for (let i = 0, list = ctx.debtTalk ? [REPAY, SETTLE] : [REPAY]; i < list.length; i++) {
    const re = list[i];
    re.lastIndex = 0;
    for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
      const p = { cls: 'DEBT' as const, s: m.index, e: m.index + m[0].length };
      if (ctx.negated(p, 4)) continue;
      if (asked(ctx, p, 16) || deadlined(ctx, p, 20)) out.push(p);
    }
  }
  return out;
}

// What a real institution never does through a message: take money into another account, ask
// for a code or the screen, charge a fee first, close an account or mend a record for a fee,
// send the reader to a number, a link or a debt that is not its own.
const CLAIM_ASKS: SignalId[] = [
  'pay_to_unofficial_account',
  'credential_request',
  'remote_control',
  'advance_fee',
  'unofficial_number',
  'unofficial_link',
];

const DIVERSIONS: SignalId[] = [
  ...CLAIM_ASKS,
  'account_cancellation',
  'credit_repair',
  'debt_relief_agency',
  'unknown_debt',
];

// Also a relative or friend "on a new account" who needs money at once.
// A signature (a product name, or one the lender does not use: 【微粒贷】 — WeBank signs
// 【微众银行】, facts.md §1) beside one of the diversions above, and callers claiming to be
// police, courts or regulators who then ask for something. Real authorities do not handle cases
// or collect money by phone.
export const impersonation: SignalRule = {
  id: 'impersonation',
  title: '冒充机构、公检法或熟人',
  explanation:
    '消息冒用机构或熟人的名义，又要你做机构本身不会让你做的事（例如用产品名当短信签名却让你转账、加微信、回拨陌生号码，让你下载并不存在的“微粒贷 App”，自称公安、法院、国家金融监督管理总局、征信中心的工作人员，或说自己是亲友换了新号要借钱）。公检法和监管部门不会打电话要你转账、交费、共享屏幕；亲友借钱，先用原来的号码打电话给本人确认。',
  detect(ctx, found) {
    if (found.advisory) return [];
    const out: Array<Hit | undefined> = [];
    // A claimed identity is impersonation only with a diverted channel or an ask the real
    // institution would not make. A bill signed 【借呗】 that sends the reader to 支付宝, or to
    // nothing, harms no one even if the signature is not the one the lender registered: the
    // reader who follows it lands in the official app.
    if (DIVERSIONS.some((id) => found.ids.has(id))) out.push(...ctx.all('FAKE_SIGNATURE'));
    out.push(...missingApp(ctx));
    // A regulator or the credit centre named beside a diverted payment, code, screen, number or
    // link ("征信中心专员请加QQ"). Not beside an agency's pitch: "去金融监管部门投诉平台" names the
    // regulator as the one complained to, not as the speaker.
    if (CLAIM_ASKS.some((id) => found.ids.has(id)))
      for (let i = 0, list = ctx.all('AUTH_CLAIM'); i < list.length; i++) {
        const h = list[i];
        if (!ctx.negated(h, 6)) out.push(h);
      }
    // A police, court or regulator persona that asks for money, an app, a code, a screen or
    // your details is a scam: authorities do none of this by phone or message. Without any debt
    // to talk about, accusing the reader of a crime is the opening of the same script.
    const persona = authorityPersona(ctx);
    // An authority named as the accuser of the reader ("公安机关发现您涉嫌洗钱", "你已被公安通缉，
    // 请支付…解除") is the same script without "我是": only police accuse, and not by message.
    const crime = ctx
      .all('ACCUSE')
      .filter(
        (h) => !ctx.negated(h, 6) && CRIME.test(ctx.text.slice(h.s, h.e + 4)) && accused(ctx, h),
      );
    if (!persona.length && crime.length) {
      const named = ctx.all('AUTH_ROLE').find((a) => !ctx.negated(a, 4));
      const money = ctx.all('ASK_MONEY').find((h) => !ctx.negated(h, 6) && asked(ctx, h, 20));
      // With a debt in sight, the accusation must come with money or a "confirm now" ask.
      const confirm = ctx
        .all('REQUEST')
        .find(
          (h) => !ctx.negated(h, 6) && /^.{0,4}(核实|确认|核对)/.test(ctx.text.slice(h.e, h.e + 8)),
        );
      if ((named || confirm || !ctx.debtTalk) && (money || confirm || !ctx.debtTalk))
        out.push(crime[0], named, money, confirm);
    }
    if (persona.length) {
      const wants: Hit[] = (['ASK_MONEY', 'ASK_INFO', 'SECRET', 'DOWNLOAD', 'REMOTE_APP'] as const)
        .flatMap((c) => ctx.all(c))
        .filter(
          (h) =>
            !ctx.negated(h, 6) &&
            asked(ctx, h, 20) &&
            !inPerson(ctx, h) &&
            !(h.cls === 'DOWNLOAD' && STATE_APP.test(sentenceOf(ctx, h))),
        );
      // Police, courts and regulators do not collect debts: one that demands the reader repay
      // ("限你今天还清", "请在五点前还款") is a collector or a scammer in costume, and either way
      // the money goes where the costume says.
      if (!wants.length) wants.push(...repayDemands(ctx));
      // ... or one that wants to be added on WeChat or QQ: offices have no private accounts.
      if (!wants.length)
        wants.push(...ctx.all('PRIVATE_CHANNEL').filter((h) => !ctx.negated(h, 6)));
      // "要先交两千块", "转五万过来": a sum to hand over, asked.
      const sum = wants.length ? null : PAY_SUM.exec(ctx.text);
      if (sum) {
        const h: Hit = { cls: 'ASK_MONEY', s: sum.index, e: sum.index + sum[0].length };
        if (!ctx.negated(h, 6) && asked(ctx, h, 12)) wants.push(h);
      }
      const coop = wants.length ? null : COOPERATE.exec(ctx.text);
      if (coop) wants.push({ cls: 'REQUEST', s: coop.index, e: coop.index + coop[0].length });
      // A crime or an account alarm, not a case number: a court's own "您有一份…案件的传票"
      // accuses no one.
      const accuse =
        ctx.debtTalk || ownCase(ctx)
          ? []
          : ctx.all('ACCUSE').filter(
              (h) =>
                !ctx.negated(h, 6) &&
                // "本院已依法冻结你名下银行账户，详情请到本院执行局咨询": sent to the office itself.
                !inPerson(ctx, h) &&
                (CRIME.test(ctx.text.slice(h.s, h.e + 4)) ||
                  /涉嫌|异常|冻结|违|调查/.test(ctx.text.slice(h.s, h.e)) ||
                  // "您的案件已立案，请登录诉讼服务网查看": a signed court notice that leaves the
                  // reader its own channels accuses no one.
                  (/立案/.test(ctx.text.slice(h.s, h.e)) && fixGoesThrough(ctx))),
            );
      if (wants.length || accuse.length) out.push(...persona, wants[0], accuse[0]);
    }
    out.push(servedSummons(ctx));
    for (let i = 0, list = fixThroughMessage(ctx); i < list.length; i++) {
      const p = list[i];
      out.push({ cls: 'ALARM', ...p });
    }
    const priv = /微信|qq|私人|手机|个人号/.test(ctx.text) ? AUTH_PRIVATE.exec(ctx.text) : null;
    if (priv && !ctx.negated({ cls: 'NEG', s: priv.index, e: priv.index + 2 }, 8))
      out.push({ cls: 'AUTH', s: priv.index, e: priv.index + priv[0].length });
    // A caller who offers to put you through to the police or a court is staging the chain.
    // "线索已转给警方": a report of what was done, not an offer to put the reader through.
    for (let i = 0, list = ctx.all('TRANSFER_TO_AUTH'); i < list.length; i++) {
      const h = list[i];
      if (!ctx.negated(h, 6) && !/(已|已经)$/.test(ctx.text.slice(Math.max(0, h.s - 2), h.s)))
        out.push(h);
    }
    const through = PUT_THROUGH.exec(ctx.text);
    if (through && !ctx.negated({ cls: 'NEG', s: through.index, e: through.index + 2 }, 6))
      out.push({ cls: 'AUTH', s: through.index, e: through.index + through[0].length });
    const known = !ctx.debtTalk && KNOWN.exec(ctx.text);
    const send = known && SEND_ASK.exec(ctx.text);
    // "能不能借我点钱" asks; its 不能 is the question, not a refusal.
    const askedQ = send && /(能不能|可不可以|能否|行不行)$/.test(ctx.text.slice(0, send.index));
    if (
      known &&
      send &&
      (askedQ || !ctx.negated({ cls: 'NEG', s: send.index, e: send.index + 2 }, 6))
    )
      out.push(
        { cls: 'KIN', s: known.index, e: known.index + known[0].length },
        { cls: 'MONEY_ASK', s: send.index, e: send.index + send[0].length },
      );
    // "我是部队采购员，要订50份盒饭，你先帮我垫付一下合作单位的费用": a buyer in uniform who has the
    // seller pay a third party first. Buyers pay sellers; a unit's purchase never needs the
    // shop's money up front.
    const buyer = BUYER.exec(ctx.text);
    const advance = buyer && ADVANCE.exec(ctx.text.slice(buyer.index));
    if (buyer && advance) {
      const at = buyer.index + advance.index;
      if (!ctx.negated({ cls: 'NEG', s: at, e: at + 2 }, 6))
        out.push(
          { cls: 'AUTH', s: buyer.index, e: buyer.index + buyer[0].length },
          { cls: 'MONEY_ASK', s: at, e: at + advance[0].length },
        );
    }
    // Someone the reader knows, "on a new account", asking for money.
    const fresh = ctx.all('NEW_ACCOUNT')[0];
    const ask = fresh && ctx.all('MONEY_ASK').find((h) => !ctx.negated(h, 4));
    if (fresh && ask) out.push(fresh, ask);
    // A criminal case "under way" and someone to contact to handle it (case-handover.ts).
    out.push(...caseHandOver(ctx));
    // The reader's things "used in a crime", a "police" inquiry by phone, a paid service the
    // caller offers to cancel (scripts6.ts).
    const personas = [
      ...crimeOnReader(ctx),
      ...phoneInquiry(ctx),
      ...fakeSubscription(ctx),
      ...returnedMail(ctx),
      ...balanceScreenshot(ctx),
      ...bossTransfer(ctx),
      ...trafficLink(ctx),
      ...knownPersona(ctx),
      ...isolatingCase(ctx),
      // A "soldier" ordering goods paid first; a "new number" to add (fraud-families8.ts).
      ...familyPersona(ctx),
      // A flight rebooked through a "客服", a lost iPhone "located" (fraud-families8.ts).
      ...fakeService(ctx),
      // Korean and Japanese personas and smishing lures (korean13.ts).
      ...koScams(ctx).imp,
      // A parcel on hold at a link, an "investigations unit" (latin-scams16.ts).
      ...latinScams(ctx).imp,
      // A police, court or tax persona who wants a fine paid (latin-authority19.ts).
      ...latinAuthority(ctx),
      // A service's staff with a problem on the reader's side and an ask (scam-frames13.ts).
      ...staffTrouble(ctx),
      ...troubleRefundPrivate(ctx),
      ...renewOnSite(ctx),
      ...lentAccount(ctx),
      // A claimed police or regulator making someone pay or share the screen (loan-scripts16.ts).
      ...claimedAuthorityAsk(ctx),
      // Kin asking for money, "someone reported you", a shop "not guaranteed" (zh-scam17.ts).
      ...zhImp17(ctx),
      // A nameless "new number", a lie for the bank, a regulator calling, a cry for help
      // (zh-scam18.ts).
      ...zhImp18(ctx),
    ];
    for (let i = 0; i < personas.length; i++) {
      const p = personas[i];
      out.push({ cls: 'AUTH', ...p });
    }
    if (!out.length) return [];
    return spans(ctx, out);
  },
};
