// Seventh round: loan and credit lures the rules missed on real messages, each a behaviour.
//   advance_fee: a fee paid so that a loan is paid out ("交了利息就给你放款", "请支付放款手续费",
//     "放款之前要收取印刷费"), and the Japanese loan-fee script ("融資するには保証金が必要",
//     "利息分として30万円を振り込んで", "経費名目で…振り込んで").
//   loan_lure: a limit said to be waiting or raisable for the reader, with no route of the
//     lender's own at all ("您有未激活的20万额度", "您的分付额度可提升至5万").
//   service_suspension: a card's or account's ID papers "expired", to be updated with no
//     official place named ("您的信用卡证件资料已经过期，请及时更新"); a card "misused", fixed by
//     calling a mobile or a number the message gives.
// Each function returns the spans' cores (empty: no such script).

import type { Context } from '../engine/context';
import { live, type Pos } from './scripts6';
import { globalOf, inPerson, recorded, sentenceBounds } from '../engine/frames';
import { advert, hasLink, linkAsks, offAppRoute } from './lure-frames';

const S = '[^。!?！？\\n]';

// ---- advance_fee

// "先把前三个月的利息打过来，我们就给你放款", "交完利息马上给你下款": a payment, then the payout as
// its result. The lender's own rule "还清欠款才能再借" pays the debt, not a fee (DEBT below).
const PAID_THEN_PAYOUT = new RegExp(
  `((利息|费|保证金|押金|钱)${S}{0,8}?(打|转|交|付|缴|汇|存)(过来|过去|给我|进来|进去|了|完)?` +
    `|(交|缴|付|转|打|支付|缴纳)(完|了|清)?${S}{0,2}?(利息|费|保证金|押金))` +
    `${S}{0,10}?(就|马上|立即|立刻|即刻|随后)${S}{0,4}?(放款|下款|拨款|出款|解冻)`,
);
// "请支付放款手续费500元": a fee named after the payout, asked of the reader. Lenders take
// their fee out of the loan; "手续费已从放款金额中扣除" asks nothing.
const PAYOUT_FEE = new RegExp(
  `(支付|缴纳|交纳|缴|交|付|转)${S}{0,4}?(放款|下款|出款|解冻)(手续费|服务费|保证金|押金|费用|费|金)`,
);
// "我们放款之前要收取合同印刷费": a charge before the payout ("放款前不收取任何费用" is refused).
const CHARGE_BEFORE = new RegExp(
  `(放款|下款|拨款)(之前|以前)${S}{0,10}?(收取|收|缴纳|交纳|支付|交|缴|付)${S}{0,8}?(费|保证金|押金|利息)`,
);
const DEBT = /欠|本金|账单|月供|罚息|滞纳金|违约金|逾期|还款|还清/;
const REFUSED = /不|无需|无须|免|勿|没有|禁止|严禁/;

const PAYOUT_WORDS = ['放款', '下款', '拨款', '出款', '解冻'];
const PAYOUT_FRAMES = [PAID_THEN_PAYOUT, PAYOUT_FEE, CHARGE_BEFORE];

/**
 * A fee the reader pays so that a loan is paid out. Looked for around each payout word only
 * (native substring searches, short regex scans): most notices have none.
 */
export function feeForPayout(ctx: Context): Pos[] {
  const t = ctx.text;
  for (let k = 0; k < PAYOUT_WORDS.length; k++) {
    for (let i = t.indexOf(PAYOUT_WORDS[k]); i >= 0; i = t.indexOf(PAYOUT_WORDS[k], i + 2)) {
      const b = sentenceBounds(ctx, { s: i, e: i + 2 });
      const from = Math.max(b.s, i - 40);
      const seg = t.slice(from, Math.min(b.e, i + 32));
      for (let r = 0; r < PAYOUT_FRAMES.length; r++) {
        const m = PAYOUT_FRAMES[r].exec(seg);
        if (!m) continue;
        const p = { s: from + m.index, e: from + m.index + m[0].length };
        if (ctx.negated({ cls: 'NEG', ...p }, 6) || recorded(ctx, p) || REFUSED.test(m[0]))
          continue;
        // "把欠的钱交了就给你解冻": the debt named anywhere in the sentence is what is paid.
        if (!DEBT.test(t.slice(b.s, b.e))) return [p];
      }
    }
  }
  return [];
}

// Japanese: a loan promised or approved (融資, 貸付, ローン, 審査に通った), then a fee to send
// first (保証金, 担保金, 供託金, 手数料, 利息分, 経費, 一時金). Real lenders take their fees out of
// the loan; a repayment ("返済", "延滞") is not this.
const KANA = /[ぁ-んァ-ヶ]/;
const JA_LOAN = /融资|贷付|ローン|借入|审查に通/;
const JA_FEE = /保证金|担保金|供托金|手数料|利息分|経费|一时金|前払い?金|保険料/;
const JA_LOAN_ONLY_FEE = /担保金|供托金/;
const JA_PAY = /振り?込|支払|払い?込|払って|送金|入金して|必要/;
// A repayment, a mortgage, or a fee taken out of the loan is not this.
const JA_REPAY = /返済|延滞|滞纳|督促|未払|住宅|差し?引|控除/;
// "保証金は一切不要です", "手数料はかかりません" (but "払わないと融資できない" is the script).
const JA_REFUSED = /不要|必要(は|が)?(ありません|ない)|かかりません|いただきません|无料|一切/;
// "経費名目で18万円を振り込んで": money sent under a named pretext.
const JA_PRETEXT =
  /(経费|手数料|保证金|费用|税金|保険料|利息)(の)?名目で[^。!?！？\n]{0,12}?(振り?込|支払|送金)/;

export function loanFeeJa(ctx: Context): Pos[] {
  const t = ctx.text;
  // Native substring searches first (a loan, a loan-only fee or a pretext is needed anyway): a
  // regex scan of every notice for kana costs more.
  if (
    !(
      t.includes('融资') ||
      t.includes('ローン') ||
      t.includes('借入') ||
      t.includes('贷付') ||
      t.includes('审查に') ||
      t.includes('担保金') ||
      t.includes('供托金') ||
      t.includes('名目')
    ) ||
    !KANA.test(t) ||
    JA_REPAY.test(t)
  )
    return [];
  const pretext = JA_PRETEXT.exec(t);
  if (pretext) return [{ s: pretext.index, e: pretext.index + pretext[0].length }];
  const fee = globalOf(JA_FEE);
  for (let m = fee.exec(t); m; m = fee.exec(t)) {
    if (!JA_LOAN.test(t) && !JA_LOAN_ONLY_FEE.test(m[0])) continue;
    const b = sentenceBounds(ctx, { s: m.index, e: m.index + m[0].length });
    const sent = t.slice(b.s, b.e);
    const pay = JA_PAY.exec(sent);
    if (pay && !JA_REFUSED.test(sent))
      return [
        { s: m.index, e: m.index + m[0].length },
        { s: b.s + pay.index, e: b.s + pay.index + pay[0].length },
      ];
  }
  return [];
}

// ---- loan_lure

// A limit waiting for the reader or raisable on request: "您有未激活的20万额度", "额度待领取",
// "分付额度可提升至5万", "信用卡额度现在可以在线申请提升". "额度已调整为5万" or "已提升至3万" is the
// lender's own notice of what it did, not this.
const LIMIT_WAITING = new RegExp(
  `(未激活|待激活|未领取|待领取|待提取)的?${S}{0,10}?额度` +
    `|额度${S}{0,6}?(未激活|待激活|未领取|待领取)` +
    `|额度${S}{0,10}?(可|可以)${S}{0,6}?(提升|提高|上调|调高|申请提升|申请提高|申请上调)`,
);
// Any route at all, the lender's own or not: a lender's offer names where to take it (its app,
// wallet, a branch, a login), and a route off the app is judged by loan-lure's own frames.
const ANY_ROUTE =
  /app|官方|网点|柜台|手机银行|小程序|公众号|登录|登陆|钱包|客户端|查看|详情|点击|链接|回复|致电|拨打|联系|电话|热线|客服|加微|http|www|95\d{3}/;

/**
 * A limit claimed for the reader with nowhere of the lender's to take it: the cold opener of
 * the "activate your limit" script, whose route comes in the call that follows.
 */
export function bareLimitOffer(ctx: Context): Pos[] {
  const t = ctx.text;
  if (!t.includes('额度') || ANY_ROUTE.test(t) || advert(ctx) || ctx.has('OBLIGATION')) return [];
  const m = live(ctx, LIMIT_WAITING);
  return m ? [m] : [];
}

// ---- service_suspension

// "您的信用卡证件资料已经过期，请及时更新": a card's or account's ID papers said to have lapsed,
// with an update asked and no official place named. Banks have an expired ID updated in their
// own app or at the counter, and say so.
const ID_LAPSE = new RegExp(
  `(证件|身份证|身份信息|实名信息)${S}{0,6}?(已经|已|即将|将)?(过期|到期|失效)`,
);
const UPDATE_ASK = new RegExp(
  `(请|需|需要|须|尽快|及时|立即|马上)${S}{0,6}?(更新|重新认证|重新上传|上传|补充|提交|完善)`,
);
// A card or an account, not a loan application of the reader's own ("请补充资料后继续借款").
const FIN_THING = /信用卡|银行卡|储蓄卡|(你|您)的卡|账户|账号|额度|分付|花呗|白条/;
const OWN_PLACE =
  /网点|柜台|营业厅|手机银行|app|客户端|官方|官网|小程序|公众号|派出所|户籍|换领|补领|95\d{3}/;

export function idLapseUpdate(ctx: Context): Pos[] {
  const t = ctx.text;
  if (!(t.includes('过期') || t.includes('到期') || t.includes('失效'))) return [];
  if (!FIN_THING.test(t) || OWN_PLACE.test(t)) return [];
  const lapse = live(ctx, ID_LAPSE);
  if (!lapse || inPerson(ctx, lapse)) return [];
  const ask = globalOf(UPDATE_ASK);
  ask.lastIndex = lapse.e;
  const m = ask.exec(t);
  // The update asked right after the lapse.
  if (!m || m.index - lapse.e > 30 || ctx.negated({ cls: 'NEG', s: m.index, e: m.index + 2 }, 4))
    return [];
  return [lapse, { s: m.index, e: m.index + m[0].length }];
}

// "您的卡近期存在不规范使用行为，请致电138…处理", "分付存在违规使用，请按短信中的电话联系": a card
// or credit account said to be misused, fixed by calling a mobile or a number the message
// gives. The bare alert is what real banks send too; their fix is the 95xxx line on the card.
const MISUSE = new RegExp(
  `(信用卡|银行卡|(你|您)的卡|账户|分付|花呗|借呗|白条|微粒贷|额度)${S}{0,12}?(存在|出现|有|涉嫌)${S}{0,6}?(异常|不规范|违规|风险|套现)`,
);
const MISUSE_WORDS = ['异常', '不规范', '违规', '风险', '套现'];
const BANK_OWN = /网点|柜台|营业厅|手机银行|app|客户端|官方|95\d{3}/;

export function misuseCallback(ctx: Context): Pos[] {
  const t = ctx.text;
  const word = MISUSE_WORDS.some((w) => t.includes(w));
  if (!word || BANK_OWN.test(t)) return [];
  // A link, or an ask to open one, is judged by the link rules.
  if (hasLink(ctx) || linkAsks(ctx).length) return [];
  const m = live(ctx, MISUSE);
  const route = m && offAppRoute(ctx);
  return m && route && route.s > m.s ? [m, route] : [];
}
