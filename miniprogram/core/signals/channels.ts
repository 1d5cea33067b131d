// How each number and link in the message relates to the directory, and the two signals
// that follow from it. Unknown is not unofficial: a small lender's own hotline is only
// "unverified". A channel is unofficial when the message names an institution whose channels
// are known and points elsewhere, or offers a personal channel (mobile, QQ, WeChat/LINE id,
// +/00 number, short link, look-alike or throw-away domain) as the way to sort things out.

import type { OfficialStatus, SignalId, Span } from '../types';
import type { Context } from '../engine/context';
import type { RawEntity } from '../engine/extract';
// The directory's own files, not its index: the index also loads the query lookup and punycode
// helpers, which a check never calls (module load on a phone pays for every file it reaches).
import { lookupLink, registrableDomain } from '../directory/domains';
import { officialNumberOwner } from '../directory/numbers';
import type { SignalRule } from './rule';
import { dedupe, spans } from './rule';
import { linkAsks, linkBait, linkStakes } from './lure-frames';
import { recorded } from '../engine/frames';

const SHORTENERS = new Set([
  't.cn',
  'url.cn',
  'dwz.cn',
  'bit.ly',
  'tinyurl.com',
  'suo.im',
  'is.gd',
  'goo.gl',
  'ow.ly',
  'rebrand.ly',
  'cutt.ly',
  'sohu.gg',
  '6du.in',
  'u.nu',
  'v.gd',
  'reurl.cc',
  'ppt.cc',
  'lihi.cc',
  'lihi1.cc',
  'ssur.cc',
  'shorturl.at',
  'tiny.cc',
  'w.url.cn',
  'mrw.so',
]);
const RISKY_TLD = new Set([
  'top',
  'vip',
  'xyz',
  'cc',
  'help',
  'icu',
  'club',
  'shop',
  'site',
  'online',
  'fun',
  'ltd',
  'work',
  'link',
  'live',
  'info',
  'biz',
  'tk',
  'ml',
  'ga',
  'cf',
  'gq',
  'buzz',
  'cyou',
  'sbs',
  'cfd',
  'bond',
  'rest',
  'monster',
  'click',
  'loan',
  'win',
  'bid',
  'pw',
  'ws',
  'wang',
  'ren',
  'support',
  'services',
  'finance',
  'money',
  'vin',
  'today',
  'life',
  'asia',
  'one',
  'pro',
  'app',
]);
const SERVICE_WORD =
  /(huankuan|hk|pay|kefu|kf|zx|zhuxiao|tuikuan|jieqing|repay|login|verify|secure|safe|help|service|fw|cs|wenshu|daichang|jieqian|jiekuan|daikuan|xyk|zhengxin|credit|loan|refund|unlock|jiedong|gov|court|fayuan)/;

export interface ChannelFacts {
  status: Map<RawEntity, OfficialStatus>;
  owner: Map<RawEntity, string>;
  /** Directory ids of institutions the message names that have official numbers / domains. */
  knownNumbers: string[];
  knownDomains: string[];
}

function phoneOwner(e: RawEntity): string | null {
  const v = e.value.split('-')[0];
  const own = officialNumberOwner(v);
  if (own) return own;
  // "区号+96110" is how the real anti-fraud line shows up.
  if (e.detail === 'landline') {
    for (let i = 0, list = [3, 4]; i < list.length; i++) {
      const cut = list[i];
      const tail = v.slice(cut);
      if (/^9[56]\d{3}$/.test(tail) || /^12\d{3}$/.test(tail)) {
        const o = officialNumberOwner(tail);
        if (o) return o;
      }
    }
  }
  return null;
}

export function channelFacts(ctx: Context): ChannelFacts {
  const status = new Map<RawEntity, OfficialStatus>();
  const owner = new Map<RawEntity, string>();
  const knownNumbers: string[] = [];
  const knownDomains: string[] = [];
  for (let i = 0, list = ctx.mentions; i < list.length; i++) {
    const m = list[i];
    const e = m.entry;
    if (e.kind === 'police' || e.kind === 'complaint' || e.kind === 'regulator') continue;
    if (e.hotlines.some((h) => h.confidence === 'C1' || h.confidence === 'C2'))
      knownNumbers.push(e.id);
    if (e.domains.length) knownDomains.push(e.id);
  }
  for (let i = 0, list = ctx.entities; i < list.length; i++) {
    const e = list[i];
    if (e.kind === 'phone') {
      const o = phoneOwner(e);
      if (o) {
        status.set(e, 'official');
        owner.set(e, o);
      } else status.set(e, 'unverified');
    } else if (e.kind === 'link') {
      const ans = lookupLink(e.value);
      if (ans.official && ans.entry) {
        status.set(e, 'official');
        owner.set(e, ans.entry.id);
      } else if (ans.lookalike_of) {
        status.set(e, 'lookalike');
        owner.set(e, ans.lookalike_of);
      } else status.set(e, 'unverified');
    } else if (e.kind === 'qq' || e.kind === 'wechat_id' || e.kind === 'email') {
      status.set(e, 'unverified');
    }
  }
  return { status, owner, knownNumbers, knownDomains };
}

const THREATS: ReadonlySet<SignalId> = new Set<SignalId>([
  'intimidation',
  'authority_threat',
  'contact_exposure',
]);

// Suffixes a bank registers its own hotline under (95508.com, 95599.cn); a phisher's copy of a
// number sits on a throw-away suffix or beside a service word (95384.vip, kf-95188.cc).
const PLAIN_SUFFIX = /^(com|cn|net|com\.cn|net\.cn)$/;

/**
 * The host is the official number of an institution the message itself names, on a plain
 * suffix ("【广发银行】… n.95508.com/…"): how banks brand their own short links. Unverified,
 * not a look-alike, unless the message gives the link something to settle.
 */
function ownNumberDomain(ctx: Context, host: string): boolean {
  const reg = registrableDomain(host) || host;
  const dot = reg.indexOf('.');
  const label = reg.slice(0, dot);
  if (!/^\d{5,}$/.test(label) || !PLAIN_SUFFIX.test(reg.slice(dot + 1))) return false;
  const owner = officialNumberOwner(label);
  return !!owner && ctx.mentions.some((m) => m.entry.id === owner);
}

function linkIsRisky(
  ctx: Context,
  e: RawEntity,
  facts: ChannelFacts,
  stakes: () => boolean,
): boolean {
  const st = facts.status.get(e);
  if (st === 'official') return false;
  const host = e.value;
  if (st === 'lookalike') return !ownNumberDomain(ctx, host) || stakes();
  const d = e.detail || '';
  if (/ip|apk|obfuscated|userinfo/.test(d)) return true;
  const reg = registrableDomain(host) || host;
  // A short link hides where it goes, which matters only when the message gives it something
  // to settle: a lender's "登录 t.cn/… 查看借款进度" is unverified, "点击 t.cn/… 领取额度" is not.
  if (SHORTENERS.has(reg) || SHORTENERS.has(host)) return stakes();
  const tld = host.slice(host.lastIndexOf('.') + 1);
  const label = reg.split('.')[0];
  const loanish = ctx.has('LOAN') || ctx.has('DEBT') || ctx.mentions.length > 0;
  // Throw-away top-level domains carry phishing of every kind (parcels, fines, refunds).
  if (RISKY_TLD.has(tld)) return true;
  // "Re-verify at this link or lose your account" is phishing whatever the brand.
  if (ctx.live('VERIFY_ACTION').length && ctx.has('LOSS_THREAT')) return true;
  if (!loanish) return false;
  // A bank's own record of a transaction ("入账工资…年终好礼 cmbt.cn/…") asks nothing.
  const record =
    ctx.has('RECORD') && !ctx.has('OBLIGATION') && !ctx.has('URGENT') && !ctx.has('SECRET');
  if (record) return false;
  if (label.includes('-') && SERVICE_WORD.test(label)) return true;
  if (/\d{5}/.test(label)) return !ownNumberDomain(ctx, host) || stakes();
  // The message names an institution whose official domains we know, and links elsewhere —
  // unless it is plain marketing (an opt-out line, nothing owed, nothing urgent, nothing asked),
  // where a lender's own short link is common and nothing is at stake.
  const marketing =
    ctx.has('MARKETING') && !ctx.has('OBLIGATION') && !ctx.has('URGENT') && !ctx.has('SECRET');
  // A bank's own short domain ("查看账单 cmbt.cn/…") is as common as a phisher's page, and only
  // the phisher's gives the reader something to settle there.
  if (facts.knownDomains.length && !marketing) return stakes();
  return false;
}

/** A number the message asks you to call/add, as opposed to an amount or a reference. */
function presentedAsContact(ctx: Context, pos: { s: number; e: number }): boolean {
  const cue = ctx.before(pos, 'CONTACT_VERB', 14) || ctx.near(pos, 'CONTACT_VERB', 12, true, false);
  if (!cue) return false;
  return !signatureLine(ctx, pos) && !senderLabelled(ctx, pos);
}

// A number labelled as who sent the message: a header ("发件人：138…"), a forwarded message's
// metadata ("发送者：…", "来电号码：…"), a sign-off ("—— 发自 138…"). Whatever words follow it on
// the line ("发件人 138… 处理逾期事宜"), it is the sender's own number, not one the message asks
// the reader to call or add (DESIGN.md). Not "请来电": that asks.
const SENDER_LABEL =
  /(发件人|发信人|发送人|发送者|发送方|发送号码|短信来自|来自|发自|来电号码|来电显示|主叫号码|sender|from)\s*[:：]?\s*$/;

function senderLabelled(ctx: Context, pos: { s: number; e: number }): boolean {
  const lineStart = ctx.text.lastIndexOf('\n', pos.s) + 1;
  return SENDER_LABEL.test(ctx.text.slice(Math.max(lineStart, pos.s - 12), pos.s));
}

// Words that ask the reader to get in touch, as opposed to labels ("电话：", "客服", "专员").
const CONTACT_ASK =
  /请|联系|详询|咨询|询问|回电|回复|致电|拨打|打给|加|添加|call|contact|text|whatsapp/;

/**
 * A number on the message's last line after a name or a department only ("——张三 催收部
 * 电话：138…") signs the message; it is not a contact the message asks you to use. A last
 * line that asks ("详询 135…", "请联系 …") is an ask.
 */
function signatureLine(ctx: Context, pos: { s: number; e: number }): boolean {
  const t = ctx.text;
  const lineStart = t.lastIndexOf('\n', pos.s) + 1;
  const rest = t.slice(pos.e);
  if (/[\n。！？!?]\s*\S/.test(rest)) return false; // more text follows: not the last line
  if (lineStart === 0) return false; // a one-line message is all body
  const line = t.slice(lineStart, pos.s);
  // "客服专员：138…", "官方热线：…" present the number as the institution's own channel: that
  // is an offer (DESIGN.md), not a signature.
  return !CONTACT_ASK.test(line) && !/客服|热线|专线|官方|服务/.test(line);
}

// Amounts may be masked in a quote ("消费××元").
const CHARGE = new RegExp(
  `(刷卡|消费|透支|扣除|扣取|扣款|扣费|收取|收|划扣|划款|划算|划走|扣)[^。!?！？\\n]{0,8}?(年费|[0-9×x*][0-9,.×x*]*\\s*元|[一二两三四五六七八九十百千万]+元)` +
    `|年费[^。!?！？\\n]{0,6}?([0-9][0-9,.]*|[一二两三四五六七八九十百千万]+)元`,
);
const DOUBT =
  '(如有疑问|如有疑意|如有疑义|如有异议|如有问题|如非本人|若非本人|有疑问|请速|速与|请与|垂询|详询|咨询|致电|联系|拨打|请拨)';
// The number may be cut or masked in a quote ("详情请咨询0769", "(023)661×××××"), or dropped
// altogether ("如有疑问请拨电话联系").
const DOUBT_CALL = new RegExp(
  `${DOUBT}[^。!?！？\\n0-9(（]{0,16}?([(（]?[0-9][0-9\\-—–xX*×()（） ]{3,})`,
);
const DOUBT_CALL_BARE = new RegExp(`${DOUBT}[^。!?！？\\n0-9]{0,6}?(电话|号码|热线)`);

// ... and a lender's own fees (会员费, 服务费) are its business, announced with its hotline.
const DEBT_CHARGE =
  /逾期|欠款|借款|贷款|罚息|违约金|滞纳金|应还|待还|本金|利息|账单|商家|商户|会员费|服务费|手续费|保险费|管理费|担保费/;

/** A charge announced to the reader with a number to call about it, none of it official. */
function unknownCharge(
  ctx: Context,
): { charge: { s: number; e: number }; call: { s: number; e: number }; entity?: RawEntity } | null {
  const t = ctx.text;
  // A loan's own charges (罚息, 违约金) with a number are what reminders say; a merchant's
  // receipt points at the merchant.
  if (t.includes('尾号') || ctx.has('SAFE_CODE') || DEBT_CHARGE.test(t)) return null;
  if (!/元|年费/.test(t)) return null;
  const ch = CHARGE.exec(t);
  if (!ch || recorded(ctx, { s: ch.index, e: ch.index + ch[0].length })) return null;
  const rest = t.slice(ch.index);
  const m = DOUBT_CALL.exec(rest) || DOUBT_CALL_BARE.exec(rest);
  if (!m || (m[0].replace(/\D/g, '').length < 4 && !/电话|号码|热线/.test(m[2]))) return null;
  const at = ch.index + m.index + m[0].length - m[2].length;
  const call = { s: ch.index + m.index, e: at + m[2].length };
  const phone = ctx.entities.find((e) => {
    if (e.kind !== 'phone') return false;
    const p = ctx.entityPos(e);
    return p.s < call.e && p.e > at;
  });
  if (phone) {
    // An official number, a short service line (95xxx, 12xxx) or an SMS port is the bank's own.
    const st = phone.detail || '';
    if (st === 'service' || st === 'sms_port' || phoneOwner(phone)) return null;
  }
  return { charge: { s: ch.index, e: ch.index + ch[0].length }, call, entity: phone };
}

export function makeChannelRules(
  facts: ChannelFacts,
  scamBehaviour: () => boolean,
): { number: SignalRule; link: SignalRule } {
  const number: SignalRule = {
    id: 'unofficial_number',
    title: '非官方的联系方式',
    explanation:
      '消息让你联系的号码、QQ、微信号不是它自称机构的官方渠道（官方不会用手机号、QQ、个人微信或"+"开头的号码处理欠款）。不要拨打或添加，需要核实就拨打本页列出的官方号码。',
    detect(ctx) {
      const out: Span[] = [];
      // A court, police or regulator "contact" counts too: authorities do not give mobiles.
      const loanish =
        ctx.has('LOAN') ||
        ctx.has('DEBT') ||
        ctx.mentions.length > 0 ||
        ctx.has('AUTH') ||
        ctx.has('AUTH_CLAIM');
      const lure = loanish || ctx.has('LURE');
      const suspicious = scamBehaviour();
      const recordMessage =
        ctx.all('RECORD').length >= 2 && !ctx.has('OBLIGATION') && !ctx.has('URGENT');
      const foreign =
        !/[\u4e00-\u9fff]/.test(ctx.text) &&
        /\b(inr|rs\.?|ksh|kes|npr|ngn|php|₹)\s?\d/.test(ctx.text);
      // An English notice writes its own country's numbers with "+" ("Kindly call back:
      // +2547…"); "+" marks a personal channel in a Chinese notice, where institutions never
      // use one. (Names filled into English templates may be Chinese: a few characters allowed.)
      // Two scans of the whole text: done once, and only for a number that is offered.
      let latinText: boolean | undefined;
      const latin = () => {
        if (latinText === undefined)
          latinText =
            (ctx.text.match(/[\u4e00-\u9fff]/g) || []).length <= 4 &&
            (ctx.text.match(/[a-z]{2,}/g) || []).length >= 6;
        return latinText;
      };
      for (let i = 0, list = ctx.entities; i < list.length; i++) {
        const e = list[i];
        const st = facts.status.get(e);
        const pos = ctx.entityPos(e);
        if (e.kind === 'qq' || e.kind === 'wechat_id') {
          if (lure) {
            out.push(e.span);
            facts.status.set(e, 'unofficial');
          }
          continue;
        }
        if (e.kind !== 'phone' || st === 'official') continue;
        if (e.detail === 'sms_port') continue;
        // Short service numbers are allotted to institutions, never to a person: a public 12xxx /
        // 96xxx line is unverified, not unofficial; a 95xxx one only counts when the message names
        // an institution whose own number is known and gives this one instead.
        if (e.detail === 'service' && (!/^95/.test(e.value) || !facts.knownNumbers.length))
          continue;
        // A transaction record's "如有疑问请联系商家 010-…" points at the merchant, not away.
        if (recordMessage && e.detail !== 'mobile' && e.detail !== 'intl') continue;
        if (!presentedAsContact(ctx, pos)) continue;
        // A foreign bank's English SMS ("Call 18602677777 - IndusInd") has no Chinese mobiles.
        // ... nor does "Call 1-888-570-0570" in an English notice: a North American line.
        const nanp =
          e.detail === 'mobile' &&
          latin() &&
          /^\+?1[-. ]?\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}$/.test(e.text.trim());
        const personal =
          (e.detail === 'mobile' && !foreign && !nanp) ||
          (e.detail === 'intl' && !(latin() && !e.value.startsWith('86')));
        // A "police/court/regulator" that gives any number to call: authorities don't.
        const claimsKnown = facts.knownNumbers.length > 0 || ctx.has('AUTH_CLAIM');
        if ((personal && loanish) || (claimsKnown && loanish) || (suspicious && loanish)) {
          out.push(e.span);
          facts.status.set(e, 'unofficial');
        }
      }
      // A private channel offered with its id stripped or spelled out ("加V咨询", "加LINE领取").
      if (!out.length && lure) {
        for (let i = 0, list = ctx.all('PRIVATE_CHANNEL'); i < list.length; i++) {
          const h = list[i];
          if (ctx.negated(h, 6)) continue;
          // A bare noun ("微信号主动还款", "债务人ID: 10086") offers nothing; "加微信号" does.
          const w = ctx.text.slice(h.s, h.e);
          if (
            /^(微信号|qq号|id:)$/.test(w) &&
            !/(加|添加|搜索|联系)$/.test(ctx.text.slice(h.s - 2, h.s))
          )
            continue;
          // "参加我们的课程", "增加我…": 加我 inside a longer word offers nothing.
          if (w === '加我' && /[参增追附更施叠外]/.test(ctx.text[h.s - 1] || '')) continue;
          // "LINE ID: @influxfin": an @-id is a LINE official account, the institution's own.
          if (/^\s*(id)?\s*:?\s*@/.test(ctx.text.slice(h.e, h.e + 6))) continue;
          out.push(ctx.spanOf(h));
        }
      }
      // "您1月8日刷卡8600元，将从您账户划扣，请速咨询 8567…", "我行将收年费一千元，如有疑意请与
      // 卡务部联系 400-…": a charge the reader did not make, and a number to call to stop it.
      // Banks name the card by its tail number and give their own 95xxx line (found official).
      if (!out.length) {
        const c = unknownCharge(ctx);
        if (c) {
          out.push(...spans(ctx, [c.charge, c.call]));
          if (c.entity) facts.status.set(c.entity, 'unofficial');
        }
      }
      // Who sent it is not a contact the message offers (DESIGN.md): a collector texting from
      // a mobile and pointing to the official app has offered no number. The sender is shown to
      // the user as unverified, never as the reason for a verdict.
      return dedupe(out);
    },
  };
  const link: SignalRule = {
    id: 'unofficial_link',
    title: '可疑链接',
    explanation:
      '消息里的链接不是官方网址：可能是仿冒域名、短链接、IP 地址或 App 下载包。不要点开、不要在里面填写信息或付款。还款只在官方 App 或官方入口里操作。',
    detect(ctx, found) {
      const out = [];
      // A bill, fine or toll "payable through the link": the classic phishing SMS, flagged even
      // when the link itself was cut off in what the user pasted.
      const bill = ctx.all('BILL')[0];
      const cue = ctx.live('LINK_CUE')[0];
      if (bill && cue && !ctx.entitiesOf('link').some((e) => facts.status.get(e) === 'official'))
        out.push(bill, cue);
      // "您的账户存在异常，请点击链接完成身份验证", "恭喜您获得…额度，点击链接立即申请": an alarm or
      // an offer settled through a link the message gives (or the quote cut off). Institutions
      // send you to their own app; a link to an official domain is left alone.
      const official = ctx.entitiesOf('link').some((e) => facts.status.get(e) === 'official');
      for (let i = 0, list = official ? [] : linkAsks(ctx); i < list.length; i++) {
        const ask = list[i];
        const bait = linkBait(ctx, ask);
        if (bait) {
          out.push(bait, ask);
          break;
        }
      }
      // Computed once, and only for a link whose risk depends on it.
      let stake: boolean | undefined;
      // A threat (a home visit, a lawsuit, shaming) makes the link the way to avert it.
      const threat = () => [...found.ids].some((id) => THREATS.has(id));
      const stakes = () => {
        if (stake === undefined) stake = scamBehaviour() || threat() || !!linkStakes(ctx);
        return stake;
      };
      for (let i = 0, list = ctx.entitiesOf('link'); i < list.length; i++) {
        const e = list[i];
        if (linkIsRisky(ctx, e, facts, stakes)) {
          out.push(ctx.entityPos(e));
          if (facts.status.get(e) !== 'lookalike') facts.status.set(e, 'unofficial');
        } else if (facts.status.get(e) === 'lookalike') {
          // The named bank's own number as its domain, in a notice that asks nothing.
          facts.status.set(e, 'unverified');
          facts.owner.delete(e);
        }
      }
      return spans(ctx, out);
    },
  };
  return { number, link };
}
