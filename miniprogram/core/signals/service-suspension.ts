import type { Context } from '../engine/context';
import type { SignalRule } from './rule';
import { spans } from './rule';
import { inPerson, recorded, sentenceBounds } from '../engine/frames';
import { linkAsks } from './lure-frames';
import { cardUpgrade, publicLapse, utilityCountdown } from './scripts6';
import { idLapseUpdate, misuseCallback } from './loan-lures7';
import { siteRecord, thawByContact } from './loan-scripts15';
import { latinScams } from './latin-scams16';
import { officialNumberOwner } from '../directory/numbers';
import { SCAM_SIGNALS } from '../engine/verdict';
import { officialDomainOwner } from '../directory/domains';

interface Pos {
  s: number;
  e: number;
}

// Something of the reader's that an office can stop: a card, an account, a number, a pass.
// Loans and limits are not here: a lender saying an overdue limit is frozen is the lender's own
// notice, judged by the loan rules.
const SERVICE =
  /etc|通行卡|速通|一卡通|粤通卡|医保卡|医保|社保卡|社保|健保卡|电话卡|手机卡|手机号|号码|宽带|银行卡|信用卡|储蓄卡|借记卡|(你|您)的卡|账户|账号|帐户|帐号|微信|支付宝|会员|驾驶证|驾照|行驶证|营业执照|许可证|公积金|养老金|店铺|网店|直播间/;

// ... said to be stopped: already ("已停用", "已冻结", "已关停"), about to be ("将于下午5点冻结",
// "即将停机", "会被注销"), or unless the reader acts ("超时停止使用", "否则将冻结").
const LAPSE = new RegExp(
  '(已被?|已经被?|已处于|将被?|将会被?|将(于|在)[^。!?！？\\n]{0,12}?|(小时|分钟|天)(后|内)|即将被?|会被|马上|随时|自动|被|超时|否则|逾期未处理|如不处理|不处理)' +
    '(临时|永久|强制)?(冻结|停用|关停|停机|封停|封号|封店|关店|注销|失效|过期|到期|作废|暂停使用|停止使用|限制使用|关闭|锁定|下架)' +
    '|(冻结|停用|停机|关停)状态|已(过期|失效)|已停(?=[,，。!！\\s])|将被取消[^，,。!?！？]{0,6}?资格',
  'g',
);

// A loan or a bill: the lender's own notice about it is judged by the loan rules.
const LOAN = /逾期|欠款|借款|贷款|应还|待还|还款|额度/;

// The institution's own route: a counter, its app, its own short line. A real suspension is
// undone there, never through whoever sent the message.
const OFFICE =
  /网点|柜台|营业厅|窗口|服务大厅|办事大厅|官方app|官方客服|手机银行|app内|官方网站|官网|尾号|12333|12329|12366|12123|95\d{3}|96\d{3}/;

// A fault the reader did not know of, or a countdown: what makes a stop a lever.
const PRESSURE =
  /异常|违规|风险|被举报|举报|盗刷|被盗|不规范|涉嫌|非法|恶意|不足|未认证|未实名|否则|升级|重新认证|重新验证|完善|更新[^，,。!?！？]{0,4}?凭证|[0-9一二三四五六七八九十]+月[0-9一二三四五六七八九十]+日前|明日|明天|[0-9一二两三四五六七八九十半]+\s*个?(小时|分钟)|今日|今天|立即|马上|尽快|速(拨|打|联系|处理|办理|回)|超时|永久/;
// Phone menus: "按9转人工", "按1键进入人工服务".
const IVR =
  /(按|拨)\s*[0-9一二三四五六七八九零*#]\s*号?键?\s*(转|进入|办理|咨询|人工|查询|了解|处理|恢复)|转人工/;
// The menu key itself, "按9号键进入人工台", "请拨9号键转人工服务" (not "拨打10086转人工").
const IVR_KEY = /(按|拨)\s*[0-9一二三四五六七八九零*#]\s*号?键?\s*(转|进入)\s*人工/;
// What a recorded call claims is waiting: a parcel, a letter, a summons, a bill run up.
const IVR_BAIT = /包裹|邮件|快递|挂号信|传票|欠费/;
// "回复1解冻": an answer by SMS as the fix ("回T退订" is an opt-out, not this).
const REPLY = /(回复|回覆)\s*["“「'‘]?(1|2|y|是|数字)(?![a-z0-9])/;
// An address blanked out by the quote ("http://***.***.cn", "点击 ***.***.cc", "请打开********").
const MASKED_LINK =
  /(https?:\/\/)?[*＊]{2,}[.．][*＊a-z0-9.．/]*|(打开|进入|进|点击|登录|登入)\s*[*＊]{4,}/;
// A site to open that the quote names only as one ("登入XX网址", "进入短信附带的网址链接").
const LINK_NAMED =
  /(登录|登入|登陆|打开|进入|访问|点击)[^，,。!?！？]{0,8}?(网址|链接|网站|网页)|(短信|信息)(附带|中|里|内)的?(网址|链接)/;

/**
 * The route the message itself supplies in [s, e): a phone menu, a mobile, a WeChat or QQ id, a
 * link (or the ask to open one the quote dropped), a private channel. A directory number or
 * domain, or a five-digit public line, is the institution's own.
 */
function routeIn(ctx: Context, w: Pos): Pos | undefined {
  const seg = ctx.text.slice(w.s, w.e);
  const inside = (p: Pos) => p.s >= w.s && p.e <= w.e;
  const reply = REPLY.exec(seg);
  if (reply) return { s: w.s + reply.index, e: w.s + reply.index + reply[0].length };
  const ivr = IVR.exec(seg);
  if (ivr) return { s: w.s + ivr.index, e: w.s + ivr.index + ivr[0].length };
  for (let i = 0, list = ctx.entities; i < list.length; i++) {
    const ent = list[i];
    const p = ctx.entityPos(ent);
    if (!inside(p)) continue;
    if (ent.kind === 'qq' || ent.kind === 'wechat_id') return p;
    if (ent.kind === 'phone') {
      const d = ent.value.replace(/\D/g, '');
      if (d.length > 5 && !officialNumberOwner(d)) return p;
    }
    if (ent.kind === 'link' && !officialDomainOwner(ent.value)) return p;
  }
  const named = LINK_NAMED.exec(seg);
  if (named) return { s: w.s + named.index, e: w.s + named.index + named[0].length };
  const masked = MASKED_LINK.exec(seg);
  if (masked) return { s: w.s + masked.index, e: w.s + masked.index + masked[0].length };
  const ask = linkAsks(ctx).find(inside);
  if (ask) return ask;
  return ctx.live('PRIVATE_CHANNEL').find((h) => inside(h) && !ctx.negated(h, 6));
}

/** The text of [s, e) with every link blanked out. */
function withoutLinks(ctx: Context, w: Pos): string {
  let seg = ctx.text.slice(w.s, w.e);
  for (let i = 0, list = ctx.entitiesOf('link'); i < list.length; i++) {
    const ent = list[i];
    const p = ctx.entityPos(ent);
    const s = Math.max(p.s, w.s) - w.s;
    const e = Math.min(p.e, w.e) - w.s;
    if (e > s) seg = seg.slice(0, s) + ' '.repeat(e - s) + seg.slice(e);
  }
  return seg;
}

/**
 * "您的ETC已停用，请立即前往 ***.cn 重新办理", "医保卡将于下午5点冻结，请按9转人工",
 * "社保卡已被停用，如需恢复请致电139…": a card, account or service said to be stopped, and the
 * fix through a channel the message supplies (a number, a menu, a link, a WeChat or QQ id).
 * Neither half is a scam alone: offices do stop cards, and messages do carry numbers; a real
 * stop is undone in the institution's own app, line or counter.
 */
export function suspensionFix(ctx: Context): Pos[] {
  const t = ctx.text;
  if (!SERVICE.test(t) || LOAN.test(t)) return [];
  // Anywhere in the message: "…已关停。点击 … 完成验证！超时停止使用！".
  const pressed = PRESSURE.test(t);
  LAPSE.lastIndex = 0;
  for (let m = LAPSE.exec(t); m; m = LAPSE.exec(t)) {
    const lapse = { s: m.index, e: m.index + m[0].length };
    if (ctx.negated({ cls: 'NEG', ...lapse }, 6) || recorded(ctx, lapse)) continue;
    const sent = sentenceBounds(ctx, { s: lapse.s, e: lapse.s });
    // The thing stopped is named in the same sentence, before the lapse or just after it.
    const what = SERVICE.exec(t.slice(Math.max(sent.s, lapse.s - 30), lapse.e + 6));
    if (!what) continue;
    const whatPos = {
      s: Math.max(sent.s, lapse.s - 30) + what.index,
      e: Math.max(sent.s, lapse.s - 30) + what.index + what[0].length,
    };
    // The route sits in the same sentence or the one right after ("…已冻结。请添加客服微信…").
    const next = sent.e < t.length ? sentenceBounds(ctx, { s: sent.e, e: sent.e }) : sent;
    const win = { s: sent.s, e: Math.max(sent.e, next.e) };
    // A link's own address says nothing of who runs it ("12333-sb.com" is not 12333).
    if (OFFICE.test(withoutLinks(ctx, win)) || inPerson(ctx, lapse)) continue;
    // A service ending on its date, renewed through the company's own line, link or installer
    // ("宽带将于月底停用，续费请联系…"), is a notice; the stop is a lever when it comes with a
    // fault the reader never heard of, a countdown or an "or else".
    // A stop already made ("已停用", "已被冻结") is the lever itself; a date it will end on needs one.
    const done = /^(已被?|已经被?|已处于|被)/.test(m[0]) && !/过期|到期|失效/.test(m[0]);
    if (!pressed && !done) continue;
    const route = routeIn(ctx, win);
    if (route) return [whatPos, lapse, route];
  }
  return [];
}

// A fault the reader never heard of in a card, account or pass: "医保卡出现故障", "账户使用出现异常".
const FAULT =
  /(出现|存在|发生|检测到|有)[^，,。!?！？]{0,4}?(故障|异常|问题|风险|违规|不规范)|(故障|异常)(交易|使用|情况)|已被?(冻结|停用|锁定)/;

/**
 * "你的医保卡出现故障，请于今天下午5点前…如有疑问请按9进入人工服务": a recorded voice about a
 * fault in the reader's card or account, with a key to press for a "human". The phone menu is
 * the route the caller supplies; an office named beside it does not make the call the office's.
 * A message naming a directory number is left to the rule above.
 */
export function ivrFault(ctx: Context): Pos[] {
  const t = ctx.text;
  const ivr = IVR.exec(t);
  if (!ivr || LOAN.test(t)) return [];
  const fault = FAULT.exec(t);
  const fp = fault ? { s: fault.index, e: fault.index + fault[0].length } : undefined;
  // The thing at fault is the reader's own card, account or pass, named before the fault.
  const faulty =
    fp &&
    !ctx.negated({ cls: 'NEG', ...fp }, 6) &&
    !recorded(ctx, fp) &&
    SERVICE.test(t.slice(Math.max(0, fp.s - 20), fp.s));
  // "您有一个包裹…详情按9号键进入人工台", "您的电话快要欠费…请拨9号键转人工服务": the classic
  // recorded-voice opener, a menu key to reach the "human" who runs the script. A real office's
  // message names its own line, not a key on a call the reader did not place.
  const bait = !faulty && IVR_KEY.test(t) && !/\d{5,}/.test(t) ? IVR_BAIT.exec(t) : null;
  const at = faulty ? fp : bait ? { s: bait.index, e: bait.index + bait[0].length } : undefined;
  if (!at) return [];
  if (ctx.entitiesOf('phone').some((e) => officialNumberOwner(e.value.replace(/\D/g, '')) !== null))
    return [];
  return [at, { s: ivr.index, e: ivr.index + ivr[0].length }];
}

export const serviceSuspension: SignalRule = {
  id: 'service_suspension',
  title: '谎称卡或账户要停用',
  explanation:
    '消息说你的卡、账户或服务（ETC、医保卡、社保卡、电话卡、银行卡等）已经或马上会被冻结、停用，要你打它给的电话、按键转人工、点它给的链接或加它给的微信来“恢复”。这是常见骗局：真的停用只在官方 App、卡背面的官方电话或营业厅办理，不会让你联系消息里的人。',
  detect(ctx, found) {
    if (found.advisory) return [];
    const fix = suspensionFix(ctx);
    // A card or e-banking "expiring" that must be "upgraded" (scripts6.ts).
    return spans(
      ctx,
      fix.length
        ? fix
        : [
            ...ivrFault(ctx),
            ...publicLapse(ctx),
            ...cardUpgrade(ctx),
            ...utilityCountdown(ctx),
            // A card's ID papers "expired", updated with no official place named (loan-lures7.ts).
            ...idLapseUpdate(ctx),
            // Frozen and thawed by a call; a record completed on a text's site (loan-scripts15.ts).
            ...thawByContact(ctx),
            ...siteRecord(ctx),
            // An account or KYC "blocked today", fixed at the text's link (latin-scams16.ts).
            ...latinScams(ctx).susp,
            // A card "misused", fixed by calling the message's own number (loan-lures7.ts);
            // once another rule has named the scam, it would only repeat it.
            ...([...found.ids].some((id) => SCAM_SIGNALS.has(id)) ? [] : misuseCallback(ctx)),
          ],
    );
  },
};
