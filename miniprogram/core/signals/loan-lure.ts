import type { Context } from '../engine/context';
import type { SignalRule } from './rule';
import { spans } from './rule';
import { loanOffers, offAppRoute, type Pos } from './lure-frames';
import { deadlined, warnedOf } from '../engine/frames';
import { bareLimitOffer } from './loan-lures7';
import { rateCutOffer, reserveWaiting } from './loan-families8';
import { koScams } from './korean13';
import { latinScams } from './latin-scams16';
import { zhCashOut19 } from './zh-scam19';

// A caller who introduces themself as a seller of loans ("我是…银行信贷顾问", "这里是…直贷中心"):
// the cold-call opener of the fee-first loan script. Banks do not phone strangers to lend.
const SELLER =
  /(我是|我这边是|我这里是|这里是|我们是|这边是)[^。!?！？\n]{0,14}?(信贷顾问|贷款顾问|信贷经理|贷款经理|信贷专员|贷款专员|直贷中心|信贷中心|贷款中心|放款专员|放款中心|融资顾问|额度专员|借款顾问)/;
// Titles that sell loans only when a loan or a limit is what they offer ("客户经理" also serves
// depositors).
const SELLER_WEAK =
  /(我是|我这边是|我这里是|这里是|我们是|这边是)[^。!?！？\n]{0,14}?(客户经理|业务经理|业务员|贷款部|信贷部|金融顾问)/;
const OFFER_WORD = /额度|贷款|借款|资金需求|低息|利息只有|放款|下款/;
// The lender's own route for an offer: its app, a branch, its official channels.
const OWN_ROUTE = /app|官方|网点|柜台|手机银行|小程序|公众号/;

// A card limit raise offered to the reader ("您的信用卡可办理永久提额", "邀请您提高您的信用卡固定额度",
// "已满足提额条件") and taken by a log-in to a place the message leaves unnamed ("请用手机登录办理",
// "请登录提交申请", "请进入"): the address the quote dropped is the phishing page. A bank's own
// offer names its app or card line.
const LIMIT_RAISE =
  /(可以?|邀请您|诚邀您|已满足|已获得|最低可|默认为)[^，,。!?！？]{0,8}?(办理|申请|提高|提升)?[^，,。!?！？]{0,8}?(提额|额度(提升|提高)|(提高|提升)[^，,。!?！？]{0,8}?额度)/;
const BLIND_LOGIN =
  /(登录|登入|登陆|进入)(?![^，,。!?！？]{0,8}?(app|客户端|手机银行|网上银行|官网|官方|小程序|公众号|掌上|买单吧))/;

function limitRaiseLogin(ctx: Context): Pos[] {
  const t = ctx.text;
  if (!/额度|提额/.test(t) || OWN_ROUTE.test(t) || ctx.has('OBLIGATION') || /验证码|动态码/.test(t))
    return [];
  const m = LIMIT_RAISE.exec(t);
  if (!m) return [];
  const p = { s: m.index, e: m.index + m[0].length };
  if (ctx.negated({ cls: 'NEG', ...p }, 6)) return [];
  const l = BLIND_LOGIN.exec(t.slice(p.e));
  return l ? [p, { s: p.e + l.index, e: p.e + l.index + l[0].length }] : [];
}

// Unsolicited loans that skip every check ("无需照会、不看征信、凭身份证即可") end in
// advance fees or identity theft: real lenders check credit.
export const loanLure: SignalRule = {
  id: 'loan_lure',
  title: '"免审核"贷款广告',
  explanation:
    '主动找上门、声称"不看征信、无需担保、当天放款"的贷款，正规机构不会这样放贷。接下来通常会以"保证金、解冻费、刷流水"为名让你先交钱，或骗取你的身份信息。',
  detect(ctx, found) {
    const hits = ctx.all('LOAN_LURE').filter((h) => !ctx.negated(h, 4) && !warnedOf(ctx, h));
    const distinct = new Set(hits.map((h) => ctx.text.slice(h.s, h.e)));
    const channel = ctx.has('PRIVATE_CHANNEL') || ctx.has('CONTACT_VERB');
    // A bank's own product sends you to its branch or banking app ("有需要可以到网点咨询"): two selling
    // points there are an advertisement, not a lure.
    const own = /网点|柜台|手机银行|银行app|官方/.test(ctx.text);
    if (!own && (distinct.size >= 2 || (distinct.size === 1 && channel))) return spans(ctx, hits);
    const strong = ctx.all('LURE_STRONG').filter((h) => !ctx.negated(h, 4) && !warnedOf(ctx, h));
    // A loan or a limit offered unasked ("恭喜您获得…额度", "诚邀您提升额度") with a route off the
    // lender's app: reply Y, call 王经理, open a link. Lenders' own offers send you to their app.
    const offer = loanOffers(ctx)[0];
    const owed = ctx.has('OBLIGATION');
    let route: Pos | undefined = offer && !owed ? offAppRoute(ctx) : undefined;
    // ... or a countdown instead of a route ("您有未激活的15万额度，今日有效"): an offer that expires
    // today with no app to take it in is pressure, not a product.
    if (offer && !owed && !route && !OWN_ROUTE.test(ctx.text)) route = deadlined(ctx, offer, 30);
    // A bank's own manager sends you to its branch or app ("有需要可以到网点咨询").
    const seller =
      owed || OWN_ROUTE.test(ctx.text)
        ? null
        : SELLER.exec(ctx.text) || (OFFER_WORD.test(ctx.text) ? SELLER_WEAK.exec(ctx.text) : null);
    const out: Array<Pos | undefined> = route ? [...strong, offer, route] : [...strong];
    if (seller) out.push({ s: seller.index, e: seller.index + seller[0].length });
    // A limit waiting or raisable for the reader, with no route named at all (loan-lures7.ts).
    if (!out.length) out.push(...bareLimitOffer(ctx));
    // A card limit raise taken by a log-in to an unnamed place (above).
    if (!out.length) out.push(...limitRaiseLogin(ctx));
    // A rate cut offered with a route, a reserve fund waiting with none (loan-families8.ts). A
    // rate "adjusted or your credit suffers" is the cancellation script, named already.
    if (
      !out.length &&
      (ctx.text.includes('息') || ctx.text.includes('利率')) &&
      !found.ids.has('account_cancellation')
    )
      out.push(...rateCutOffer(ctx));
    if (!out.length && ctx.text.includes('备用金')) out.push(...reserveWaiting(ctx));
    // Korean refinancing and government-loan offers with a route off the app (korean13.ts).
    if (!out.length) out.push(...koScams(ctx).lure);
    // A credit-limit "upgrade" sold by a third party (latin-scams16.ts).
    if (!out.length) out.push(...latinScams(ctx).lure);
    // A credit line cashed out for the reader (zh-scam19.ts).
    if (!out.length) out.push(...zhCashOut19(ctx));
    return spans(ctx, out);
  },
};
