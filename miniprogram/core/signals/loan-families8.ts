// Eighth round: loan and credit scam families written from what the scripts ask (facts.md §4),
// not from the wording of any one source. Each function returns the spans' cores (empty: none).
//   remote_control: a screen share asked of the reader by someone who will "help" handle an
//     account or a loan ("请打开屏幕共享，我帮你操作"), with or without money named; an app to
//     download whose result is the payout ("下载我们的APP就能放款", "贷款已通过，请下载APP领取"):
//     a lender one applied to already has its app, and pays into the reader's own card.
//   loan_lure: a lower rate offered for the reader's loan with a route to take it ("您的借款
//     利率可下调，回复1办理", "利率可以降低，加一下客服微信"): lenders change rates themselves and
//     say so in their app; a 备用金 "waiting" for the reader with no route at all.
//   advance_fee: money moved to "prove" repayment ability or make a bank statement
//     ("需要打一笔钱进来做流水", "还款能力不足，需存入保证金").

import type { Context } from '../engine/context';
import { live as first, type Pos } from './scripts6';

const S = '[^。!?！？\\n]';

// ---- remote_control

// Asked, not described: a verb or the reader before it, or the clause opening with it ("下载飞书，
// 共享屏幕，协助注销").
const SCREEN = new RegExp(
  `(?:(?:打开|开启|开|进行|点击|点|请|你|您|需要|要)${S}{0,4}?|(?:^|[，,：:；;]))` +
    `(屏幕共享|共享屏幕|萤幕共享|共享萤幕|屏幕分享|分享屏幕)`,
);
// The other side will operate or "handle" something for the reader: a helper, not a meeting.
// ("老师帮你看看作业" is not: the helper must handle an account, a loan or the phone.)
const HELPER = /协助|专员|客服|办理|注销|处理|操作|关闭|核实|验证|解冻|额度|账户|贷/;

/** A screen share asked of the reader so that someone can handle an account or a loan. */
export function screenShareHelp(ctx: Context): Pos[] {
  const t = ctx.text;
  if (!ctx.has('REMOTE_APP') || !HELPER.test(t)) return [];
  const m = first(ctx, SCREEN);
  return m ? [m] : [];
}

// An app downloaded for the money to arrive, in either order. A lender's own app is named;
// "下载APP" with nothing but "我们的 / 这个 / 以下链接" between is the sender's.
const DL_PAYOUT = new RegExp(
  `下载(一个|个|这个|该|我们的?|我们发的|指定的?|以下|链接)?(借款|贷款|金融|xx金融)?(app|软件|客户端)` +
    `${S}{0,8}?(就能|就可以|即可|才能|才可以|后|借款|借钱|领取|提取|提现|放款|到账|下款)(?:${S}{0,4}?(放款|到账|提现|下款|借款|领取|提取))?` +
    `|(放款|到账|提现|下款)${S}{0,4}?(需要|需|要|须|必须)${S}{0,4}?下载`,
);
// The lender's own app, named: "下载京东金融APP" (the generic forms above cannot name one).
const APPROVED = /(已审批|审批通过|已通过|审核通过|已获批|已批下)/;

export function payoutApp(ctx: Context): Pos[] {
  const t = ctx.text;
  if (!ctx.has('DOWNLOAD')) return [];
  const m = first(ctx, DL_PAYOUT);
  if (!m) return [];
  const core = t.slice(m.s, m.e);
  // "下载APP后即可还款" pays a debt, not a payout; a bare "下载app后" needs the payout named.
  if (!/放款|到账|提现|下款|借款|领取|提取/.test(core) && !APPROVED.test(t)) return [];
  // "下载APP后还款", "下载APP后即可查看放款进度": paying a debt or reading a status.
  if (/还款|还钱|账单|查看|查询|详情|进度/.test(core + t.slice(m.e, m.e + 6))) return [];
  return [m];
}

// ---- loan_lure

// "利率可下调", "利率可以降低", "利息可以减免", "利率需要调整": the reader's rate said open to a cut.
const RATE_CUT = new RegExp(
  `(利率|利息|息费)${S}{0,4}?(可以|可|能|需要|需|将)${S}{0,2}?(调整|下调|调低|降低|减免|降到|降至|下降)` +
    `|(利率|利息|息费)${S}{0,3}?(过高|太高|偏高)${S}{0,12}?(降|调低|下调)` +
    `|降息|降低利率|下调利率|调低利率|利率调整|调整利率`,
);
// A route to take it: a reply, a contact, an app to download, a private account.
const RATE_ROUTE =
  /回复|联系|联络|客服|下载|添加|加微|加一下|qq|微信|点击|致电|拨打|帮你|帮您|办理/;
// A debt being collected: the rate talk is the lender's own ("逾期罚息…可申请减免").
const DUNNING = /逾期|欠款|应还|待还|账单|罚息|催收|拖欠/;
// The bank's own repricing: a mortgage's LPR change, a rate already changed, its app to read it.
const OWN_REPRICE =
  /lpr|房贷|按揭|公积金|已调整|已下调|已降低|95\d{3}|手机银行|网点|(打开|登录|登陆|进入)[^。,，]{0,6}(app|支付宝|小程序|客户端)/;

export function rateCutOffer(ctx: Context): Pos[] {
  const t = ctx.text;
  // Word gates before the regexes (the caller has seen 息 or 利率): a cut word.
  if (!(t.includes('降') || t.includes('调') || t.includes('减免'))) return [];
  // A debt notice (most messages with 利息) is the cheaper test, so it goes first.
  if (DUNNING.test(t) || OWN_REPRICE.test(t)) return [];
  const m = first(ctx, RATE_CUT);
  // The reader's own loan ("您的借款可以降息"), not news of a central-bank cut.
  if (!m || !/您|你/.test(t)) return [];
  // The route may come before ("我们是借呗客服，你的利息可以降到3.6") or inside the offer ("我们
  // 可以帮你降到3.6%"): the sender offering the cut is its own route.
  const route = RATE_ROUTE.exec(t);
  if (!route) return [];
  return [m, { s: route.index, e: route.index + route[0].length }];
}

// "您有一笔备用金待领取": a reserve fund waiting for the reader with no route named at all.
const RESERVE_WAITING = new RegExp(`备用金${S}{0,8}?(待领取|待激活|未领取|未激活|已到账|待提取)`);
const ANY_ROUTE =
  /app|官方|网点|柜台|手机银行|小程序|公众号|登录|登陆|钱包|客户端|查看|详情|http|www|95\d{3}/;

export function reserveWaiting(ctx: Context): Pos[] {
  const t = ctx.text;
  if (!t.includes('备用金') || ANY_ROUTE.test(t) || ctx.has('OBLIGATION')) return [];
  const m = first(ctx, RESERVE_WAITING);
  return m ? [m] : [];
}

// ---- advance_fee

// "需要打一笔钱进来做流水", "还款能力不足，需存入保证金": money put in to show a statement or an
// ability to repay. A lender reads the reader's statement; it never needs money sent to make one.
const FLOW_DEPOSIT = new RegExp(
  `(打|转|存|汇)${S}{0,6}?(钱|款|元|万)?${S}{0,4}?(进来|进去|过来)?${S}{0,4}?(做|刷|走)流水` +
    `|(还款能力|流水)${S}{0,6}?(不足|不够)${S}{0,8}?(需|需要|请|须)${S}{0,4}?(存入|转入|缴纳|交纳|支付|交|打|转|存|充)` +
    // "需要包装您的流水，交2000包装费": a statement faked for a fee.
    `|包装${S}{0,6}?流水${S}{0,8}?(交|缴|付|支付|收取|收|转)|流水包装${S}{0,8}?(交|缴|付|支付|收取|收|费)`,
);

/** The caller gates it on 流水 / 还款能力 in the text. */
export function flowDeposit(ctx: Context): Pos[] {
  const m = first(ctx, FLOW_DEPOSIT);
  return m ? [m] : [];
}
