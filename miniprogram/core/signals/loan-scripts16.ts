// Sixteenth round: Chinese loan scripts the rules still read as a reminder or as unrelated, each
// an ask joined to a condition, from wide sets of each, never one message's phrase.
//   reliefForFee: a debt to be negotiated, closed, stopped or cleared for the reader ("协商关闭
//     网贷", "逾期可以处理掉"), with a fee the reader pays for it ("先交服务费", "收费800") — a
//     lender negotiates its own debt for free, on its own line; only an agency charges.
//   payBeforeLoan: a loan or limit said to be granted, and money the reader must pay first
//     ("请先支付首期利息", "先充值500元激活额度") — a lender deducts nothing before paying out.
//   shortfallPaid: a score, a statement or "repayment ability" said to fall short, made good by
//     the reader paying or moving money in ("信用分不够，需要刷分，交1000元").

import type { Context } from '../engine/context';
import { warnedOf } from '../engine/frames';
import { live, sentenceWindow, type Pos } from './scripts6';

const S = '[^。!?！？\\n]';
const N = '[0-9一二两三四五六七八九十百千万几]';

// The lender's own line or app, or a warning against the script: what a real notice says.
const OWN =
  /官方(app|客服|热线|渠道|电话)|9[56]\d{3}|(在|登录|打开|前往|通过)[^。!?！？\n]{0,8}?(app|小程序)|不法分子|冒充|警惕|切勿|骗局|谨防(?!过期|失效)/;

// The window from the sentence before `p` to the end of the sentence after it.
function around(ctx: Context, p: Pos): Pos {
  return sentenceWindow(ctx, p, 1, 1) || p;
}

// A debt made to go away: negotiated, closed, stopped, cleared ...
const DEBT =
  '(网贷|逾期|债务|欠款|负债|征信|黑名单|不良记录|逾期记录|信用卡|利息|罚息|催收|贷款|借款)';
const RELIEF_ACT = new RegExp(
  `(协商|谈判|申请|办理|处理|解决|搞定|摆平)${S}{0,4}?(关闭|注销|减免|停息|挂账|延期|停催|止催|只还本金|免息|降息)` +
    `|(关闭|注销|清理|处理|解决|消除|删除|修复|洗白|减免|化解|协商|停掉|摆平|搞定)${S}{0,4}?${DEBT}` +
    '|协商(还款|分期|延期|还本)' +
    `|${DEBT}${S}{0,8}?(可以|能|可|都能|帮你|帮您|为你|为您)?${S}{0,4}?(协商|关闭|处理|解决|消除|修复|减免|延期|停息|上岸|处理掉|搞定)`,
);
// ... and a price the reader pays for it: an agency's fee, a sum asked, or money first. Not the
// debt's own charges (违约金, 滞纳金, 罚息), which a reminder names.
const FEE_PAID = new RegExp(
  '(服务费|咨询费|代理费|会费|入会费|会员费|中介费|办理费|处理费|定金|订金|诚意金|前期费用|顾问费|律师费)' +
    `|(收费|收取|交|缴|付|支付|转)${S}{0,3}?${N}+${S}{0,2}?(元|块|%|个点|千|万|百)` +
    `|(先|前期|提前|预先|首次)(需|要|需要|只需)?(交|缴|付|支付|缴纳|收取?|转)(?!${S}{0,4}?(欠款|本金|还款|月供|账单|利息|罚息|首期))` +
    '|(收费|花钱|交钱|付费)(?!标准由|项目)' +
    `|费用(是|为|仅|只要|只需)${S}{0,6}?${N}`,
);

/** Relief from a debt offered for a fee the reader pays. */
export function reliefForFee(ctx: Context): Pos[] {
  const t = ctx.text;
  if (!/费|交|缴|付|收|转|钱/.test(t)) return [];
  const act = live(ctx, RELIEF_ACT);
  if (!act || OWN.test(t) || warnedOf(ctx, act)) return [];
  const w = around(ctx, act);
  const fee = live(ctx, FEE_PAID, w.s, w.e);
  return fee && !warnedOf(ctx, fee) ? [act, fee] : [];
}

// A loan or a limit granted ...
const GRANTED = new RegExp(
  `(额度|贷款|借款|资金|款项)${S}{0,4}?(已|已经)?(下发|审批|批|通过|生成|到账|发放|批下来|下来)` +
    '|(审批|审核)(已)?通过|已(获|获得)?批|(激活|解冻|提升|领取)(您的)?额度|额度(激活|解冻)',
);
// ... and money first: "请先支付首期利息", "先充值500元".
const PAY_FIRST = new RegExp(
  `(先|提前|预先|预)(支付|缴纳|交纳|交|缴|付|充值|存入|转)${S}{0,8}?(利息|首期|${N}+\\s*(元|块)|费|金)` +
    `|(充值|存入|转入)${S}{0,2}?${N}+\\s*(元|块)${S}{0,4}?(激活|解冻|提升|开通)`,
);
// The reader's own debt named: the payment may be what is owed.
const OWED = /逾期|欠款|应还|待还|未还|账单|还款日|到期|违约金|滞纳金|提前还款|结清/;

/** A loan granted, and a payment asked before it is paid out. */
export function payBeforeLoan(ctx: Context): Pos[] {
  const t = ctx.text;
  if (OWED.test(t) || OWN.test(t)) return [];
  const g = live(ctx, GRANTED);
  if (!g || warnedOf(ctx, g)) return [];
  const w = around(ctx, g);
  const pay = live(ctx, PAY_FIRST, w.s, w.e);
  return pay ? [g, pay] : [];
}

// A score, a statement or the ability to repay falling short ...
const SHORT = new RegExp(
  `(信用分|评分|征信分|分数|流水|资质|还款能力|还款实力|信用)${S}{0,2}?(不够|不足|太低|偏低|较低|不达标|不合格)`,
);
// ... made good by paying or moving money in.
const MAKE_GOOD = new RegExp(
  `(刷分|刷流水|补分|补流水|充值|存|转|交|缴|付|打)${S}{0,6}?(${N}+\\s*(元|块|万)|钱|费|金)`,
);

/** A shortfall in the reader's score or statement, made good by paying. */
export function shortfallPaid(ctx: Context): Pos[] {
  const t = ctx.text;
  if (!/贷|借|额度|放款|下款|提现|征信|信用分|还款/.test(t) || OWED.test(t) || OWN.test(t))
    return [];
  const s = live(ctx, SHORT);
  if (!s || warnedOf(ctx, s)) return [];
  const w = around(ctx, s);
  const pay = live(ctx, MAKE_GOOD, s.e, w.e);
  return pay ? [s, pay] : [];
}

// An authority claimed by someone who then has the reader (or, retold, "me", "her", the victim)
// pay, install, share the screen or hand over a code: "对方自称是银保监会的，让我开启屏幕共享",
// "他说他是法院的，要我交5000元保证金". Police, courts and regulators never ask for any of it.
const CLAIMED = new RegExp(
  `(自称|冒充|假冒|假扮|伪装成|谎称|声称|(称|说)(他|她|自己|对方)?是)${S}{0,10}?` +
    '(公安|警|派出所|法院|法官|书记员|检察|监管|银监|银保监|证监|人民银行|央行|征信中心|反诈|司法|执法|经侦|刑侦)',
);
const MADE_TO = new RegExp(
  `(让|要|要求|叫|命令|指使|诱导|逼|引导)(我|他|她|其|受害人|事主|你|您|对方|被害人)${S}{0,14}?` +
    '(共享屏幕|屏幕共享|开启共享|共享|下载|安装|转账|转到|转入|转过去|转给|汇款|打款|交|缴|付|验证码|密码|银行卡号|安全账户|买(一部)?新手机|办(一张)?新卡)',
);

/** A claimed police, court or regulator persona making someone pay, install or share. */
export function claimedAuthorityAsk(ctx: Context): Pos[] {
  const t = ctx.text;
  if (!/让|要|叫|令|使|诱|逼|引/.test(t) || /反诈中心app|国家反诈中心/.test(t)) return [];
  const who = live(ctx, CLAIMED);
  if (!who) return [];
  const w = around(ctx, who);
  const ask = live(ctx, MADE_TO, who.e, w.e);
  return ask ? [who, ask] : [];
}

// Money on its way to the reader — a limit, a loan, a payout — said to be frozen, and someone to
// contact about it: "您的借呗额度因违规已被冻结，请联系客服". A lender freezes what is owed to it,
// never a payout pending a call; the call is where the unfreezing fee is named.
const PAYOUT_FROZEN = new RegExp(
  `(额度|贷款|借款|款项|资金|放款|下款|提现|借呗|微粒贷|金条|备用金)${S}{0,10}?(被|已|已经|遭)?(冻结|锁定|止付)`,
);
const CONTACT = new RegExp(
  `(联系|致电|拨打|咨询|添加|加)${S}{0,6}?(客服|专员|人工|风控|财务|审核|工作人员|我们|经理|qq|微信|vx)`,
);
// The counter, the debt repaid, or the lender's own hotline given: what a real freeze says.
const COUNTER =
  /网点|柜台|营业厅|携带|自动(解冻|恢复)|(还款|还清|结清|缴清|还上)[^。!?！？\n]{0,6}?后|[48]00-?\d{3}-?\d{4}/;

/** A payout or limit said to be frozen, with someone to contact about it. */
export function frozenPayout(ctx: Context): Pos[] {
  const t = ctx.text;
  if (t.indexOf('冻') < 0 && t.indexOf('锁') < 0 && t.indexOf('止付') < 0) return [];
  if (OWED.test(t) || OWN.test(t) || COUNTER.test(t)) return [];
  const f = live(ctx, PAYOUT_FROZEN);
  if (!f || warnedOf(ctx, f)) return [];
  const w = around(ctx, f);
  const c = live(ctx, CONTACT, f.s, w.e);
  return c ? [f, c] : [];
}
