import type { SignalRule } from './rule';
import { borrowToProve, failedPayout } from './scam-frames13';
import { spans } from './rule';
import { kickback, paidFirst } from './scripts6';
import { loanOffers } from './lure-frames';
import { feeForPayout, loanFeeJa } from './loan-lures7';
import { flowDeposit } from './loan-families8';
import { feeForGain } from './fraud-families8';
import { zhFee18 } from './zh-scam18';
import { zhBack19 } from './zh-scam19';
import { plainDeposit, speakerPays } from './everyday19';
import { koScams } from './korean13';
import { frozenPayout, payBeforeLoan, shortfallPaid } from './loan-scripts16';
import { latinScams } from './latin-scams16';
import { asked, conditioned, inPerson, recorded, sentenceOf } from '../engine/frames';
import type { Context } from '../engine/context';

/** A statement word, not a fee: "还款能力", "银行流水" alone. */
function isBare(t: string, h: { s: number; e: number }): boolean {
  const n = h.e - h.s;
  if (n !== 4) return false;
  const w = t.slice(h.s, h.e);
  return w === '还款能力' || w === '银行流水';
}

const LOAN_ONLY_FEE =
  /担保费|解冻|刷流水|走流水|还款能力|放款保险|借款保险|认证金|激活费|才能放款|才能下款/;

// "您的包裹中有一笔未支付的税费", "快递被海关扣留需补缴关税": a fee said to hold a parcel back,
// raised by the caller. Customs and couriers collect duty in their own app or at the counter.
const PARCEL_FEE =
  /(包裹|快递|邮件|邮包)[^。!?！？\n]{0,16}?(未支付|未缴|需支付|需缴纳|需补缴|补缴|欠缴|要交|需要支付|需要缴纳)[^。!?！？\n]{0,6}?(税费|关税|清关费|运费|手续费|保管费)/;
const COUNTER = /官方|app|小程序|网点|柜台|营业厅|单一窗口/;

// "不缴就无法拨款", "不交的话没法放款": no payment, no loan — the fee as the loan's condition.
const PAY_OR_NO_LOAN =
  /(不|未|没)(交|缴|付|转|充)[^，,。!?！？]{0,6}?(无法|不能|不予|没法|不会|就不)[^，,。!?！？]{0,4}?(拨款|放款|下款|到账|提现|解冻|出款|排件)/;
// The same condition said the other way round: "缴费才能排件", "交了钱才给你放款", "先付手续费
// 方可提现". Paying is what releases the loan; a lender deducts nothing before it pays out.
const PAY_THEN_LOAN =
  /(缴费|交费|付费|交钱|缴钱|付钱|给钱|转钱|(交|缴|付|缴纳|交纳|支付)[^，,。!?！？]{0,6}?(费|金|钱))(了|之后|以后|后)?(才能|才可以|才可|才会|才给|方可|方能)[^，,。!?！？]{0,6}?(拨款|放款|下款|到账|提现|解冻|出款|排件|审批|批款|放贷)/;

// "想撤诉就先交5000块撤诉费", "交2万保释金就放人": a fee to make a case go away, paid to the
// caller. Courts charge no fee to withdraw a suit, and nobody buys bail by transfer.
const CASE_FEE =
  /(交|缴|付|转|打|准备)[^，,。!?！？]{0,8}?(撤诉费|撤案费|销案费|消案费|保释金|保释费|撤诉保证金|取保金)/;

// "在家兼职，日结200，入职需交99元会员费": a job that costs the worker money up front. An employer
// may not take a deposit or any money from someone it hires (劳动合同法 第九条); the fee is
// the job scam's whole point.
const JOB_FEE =
  /(兼职|招聘|急招|招工|入职|上岗|打字员|日结|岗位|工作人员招募)[^。!?！？\n]{0,30}?(先交|需交|要交|缴纳|交纳|需缴|先付|需支付|需要交|得交)[^，,。!?！？]{0,8}?(会员费|培训费|入职费|服装费|报名费|押金|保证金|介绍费|资料费|工装费|激活费)/;

// "零钱提现需支付提现手续费0.1%": the platform's price for its own service, a rate of the sum, on
// the reader's own balance (零钱, 余额), with nothing held back, won or to be paid first; the
// script names a fee to free a loan, a prize, a commission or a refund.
function tariff(ctx: Context, paid: string): boolean {
  const t = ctx.text;
  return (
    /零钱|余额/.test(t) &&
    /(手续|服务)费/.test(paid) &&
    /[\d.]+\s*[%‰]|费率/.test(paid) &&
    !TARIFF_NOT.test(t)
  );
}
const TARIFF_NOT =
  /贷|借|额度|放款|下款|奖|佣金|收益|领取|退款|理赔|补贴|返|先|失败|冻结|异常|无法|不能|才能|才可|方可|否则|不然|验证|激活|保证金|账户|卡号/;

const FEE_WORD = /费|金|缴|交纳|付款|支付(?!宝)|转账|打款|汇款|充值/;
const OWN_ROUTE = /(在|于|通过|前往|登录|打开)[^。!?！？\n]{0,16}?(app|小程序|设置|官方)/;

const DEBT_ITSELF = /欠款|本金|账单|借款|月供|罚息|滞纳金|违约金|贷款/;

// Any payment before a loan is released or frozen money returned: "解冻金", "保证金",
// "验证还款能力", "刷流水". Real lenders deduct nothing in advance.
export const advanceFee: SignalRule = {
  id: 'advance_fee',
  title: '放款前先交钱',
  explanation:
    '对方要你先交"解冻金、保证金、激活费、工本费"或"验证还款能力、刷流水"，说交了才放款或退钱。正规贷款放款前不收任何费用，先交钱的都是诈骗。',
  detect(ctx, found) {
    const out = [];
    // A fee is advance-fee fraud when it is asked of you, or made the condition of a loan or of
    // getting money back; "咨询费" in a description of services is not.
    // ... about a loan, a debt or something to be released ("租房需缴纳押金" is neither).
    const about =
      ctx.debtTalk ||
      ctx.has('LOAN_RELEASE') ||
      ctx.has('LOAN_WEAK') ||
      ctx.has('BENEFIT') ||
      ctx.has('ALARM') ||
      ctx.has('ACCUSE') ||
      ctx.has('FROZEN_CAUSE');
    // A landlord's or an ETC deposit returned when the service ends (everyday19.ts).
    const plain = plainDeposit(ctx);
    for (let i = 0, list = ctx.all('ADV_FEE'); i < list.length; i++) {
      const h = list[i];
      if (plain) continue;
      // Fees that exist only in the loan script ("担保费", "解冻金", "刷流水") carry the loan with
      // them; "押金" or "咨询费" need a loan or a release in sight.
      if (!about && !LOAN_ONLY_FEE.test(ctx.text.slice(h.s, h.e))) continue;
      // "请携带身份证到网点办理解冻": done at the counter, nothing paid to the sender.
      // "押金（保证金）2000元已退回至原支付账户": money already returned, nothing asked.
      if (ctx.negated(h, 10) || inPerson(ctx, h) || recorded(ctx, h)) continue;
      // "可在支付宝APP-我的-设置-安全中心解冻": unfrozen by the reader in the institution's own app,
      // no fee named.
      // "还清欠款后可致电客服申请解冻": nor does unfreezing once the debt is repaid.
      if (
        ctx.text.slice(h.s, h.e) === '解冻' &&
        (OWN_ROUTE.test(sentenceOf(ctx, h)) || !FEE_WORD.test(sentenceOf(ctx, h)))
      )
        continue;
      // "还款能力不足，本次借款申请未通过" states a lender's decision: a bare ability or statement
      // word is a fee only when something is asked of the reader (the 请 of 申请 asks nothing)
      // or made a condition.
      // "根据您的还款能力为您制定还款计划": the ability as the plan's basis, no fee (fa19).
      if (isBare(ctx.text, h) && /(根据|按照|结合)(您|你)的?$/.test(ctx.text.slice(h.s - 5, h.s)))
        continue;
      const req = asked(ctx, h, 20);
      const frame =
        (req && !(ctx.text[req.s - 1] === '申' && isBare(ctx.text, h)) ? req : undefined) ||
        conditioned(ctx, h) ||
        (isBare(ctx.text, h) ? undefined : ctx.near(h, 'LOAN_RELEASE', 30, true, false)) ||
        ctx.near(h, 'ADV_FEE_SOFT', 12, true, true);
      if (frame) out.push(h, frame);
    }
    for (let i = 0, list = ctx.all('ADV_FEE_SOFT'); i < list.length; i++) {
      const h = list[i];
      // The speaker paying the reader first, or a plain deposit (everyday19.ts).
      if (ctx.negated(h, 10) || plain || speakerPays(ctx, h)) continue;
      // "放款前先交", "先缴纳…才能放款": paying first is the precondition; "逾期需缴纳违约金" is not.
      const w = ctx.text.slice(h.s, h.e);
      const next = ctx.text.slice(h.e, h.e + 30);
      // "放款前无需支付任何费用": the precondition refused.
      if (/^.{0,2}(无需|无须|不需|不用|不收|不会|免收|免费|不要|勿)/.test(next)) continue;
      const first = /先|前/.test(w) || /才能|方可|即可|后放款|后到账/.test(next);
      // Or a fee asked of you ("需要你今天内缴纳诉讼费") — not the debt itself ("需缴纳本金、违约金").
      const fee =
        !!asked(ctx, h, 12) &&
        /费/.test(next.slice(0, 10)) &&
        !/本金|欠款|违约金|利息|罚息|滞纳金|月供|账单/.test(next.slice(0, 10));
      if (!first && !fee) continue;
      const ctxWord = ctx.near(h, 'LOAN_RELEASE', 40, true, false);
      if (ctxWord) out.push(h, ctxWord);
      // A named fee paid first to have a debt or a loan handled: "先交1500元服务费启动协商".
      else if (
        first &&
        (about || ctx.has('RELIEF') || ctx.has('RELIEF_OBJ')) &&
        /费|保证金|押金/.test(next.slice(0, 12)) &&
        /协商|办理|启动|申请|处理|审核|操作/.test(next)
      )
        out.push(h);
    }
    // The same shape outside loans: a fee asked so that a prize, a parcel, a refund or a payout
    // is released ("包裹被海关扣押需缴清关费", "中奖需支付个人所得税"). Real prizes and parcels
    // are never paid for by transfer to the caller.
    for (let i = 0, list = ctx.all('FEE_ASK'); i < list.length; i++) {
      const f = list[i];
      if (ctx.negated(f, 8) || recorded(ctx, f)) continue;
      const paid = ctx.text.slice(f.e, f.e + 12);
      if (plain && /押金|保证金/.test(paid)) continue;
      // "未缴清欠款将无法提现": what is owed, settled first, is not a fee for a release.
      const what =
        /费|税|金|钱|罚款|款/.test(paid) && !DEBT_ITSELF.test(paid) && !tariff(ctx, paid);
      const gain = ctx.near(f, 'BENEFIT', 30, true, false);
      // Duty on a parcel paid in the courier's or customs' own app is how real duty is paid.
      const parcel = gain && /包裹|清关|放行|派送/.test(ctx.text.slice(gain.s, gain.e));
      if (what && gain && !(parcel && COUNTER.test(ctx.text))) out.push(f, gain);
    }
    const parcel = PARCEL_FEE.exec(ctx.text);
    if (
      parcel &&
      !COUNTER.test(ctx.text) &&
      !recorded(ctx, { s: parcel.index, e: parcel.index + 2 })
    )
      out.push({ s: parcel.index, e: parcel.index + parcel[0].length });
    const caseFee = CASE_FEE.exec(ctx.text);
    if (caseFee && !ctx.negated({ cls: 'NEG', s: caseFee.index, e: caseFee.index + 1 }, 8))
      out.push({ s: caseFee.index, e: caseFee.index + caseFee[0].length });
    const job = JOB_FEE.exec(ctx.text);
    if (
      job &&
      !ctx.negated({ cls: 'NEG', s: job.index + job[1].length, e: job.index + job[0].length }, 30)
    )
      out.push({ s: job.index, e: job.index + job[0].length });
    const payFirst = PAY_THEN_LOAN.exec(ctx.text);
    // "还清欠款才能提现": repaying the debt first is the lender's own rule, not a fee.
    if (
      payFirst &&
      !DEBT_ITSELF.test(payFirst[0]) &&
      !ctx.negated({ cls: 'NEG', s: payFirst.index, e: payFirst.index + 2 }, 6)
    )
      out.push({ s: payFirst.index, e: payFirst.index + payFirst[0].length });
    const noPay = PAY_OR_NO_LOAN.exec(ctx.text);
    // "未缴清欠款将无法提现": repaying the debt first is the lender's own rule, not a fee.
    if (noPay && !/欠款|本金|账单|借款|还款|月供|利息|贷款|逾期/.test(noPay[0]))
      out.push({ s: noPay.index, e: noPay.index + noPay[0].length });
    // "贷款被冻结，因银行卡信息不符，请联系在线客服": a loan frozen for a made-up error is the
    // opening of the unfreezing-fee script, before any fee is named.
    for (let i = 0, list = ctx.all('LOSS_THREAT'); i < list.length; i++) {
      const f = list[i];
      if (!/冻结/.test(ctx.text.slice(f.s, f.e)) || ctx.negated(f, 6)) continue;
      const loan = ctx.near(f, 'LOAN_RELEASE', 10, true, false);
      const cause = ctx.near(f, 'FROZEN_CAUSE', 40, false, true);
      // A made-up input error is the script; "账户异常将被冻结" is only an alarm unless a loan is
      // what is frozen ("医保账户异常将被冻结" names none).
      const vague = cause && ctx.text.slice(cause.s, cause.e) === '账户异常';
      const loanNamed = /贷|借|额度|放款|下款|提现/.test(
        ctx.text.slice(Math.max(0, f.s - 12), f.e + 12),
      );
      if (loan && cause && (!vague || loanNamed)) out.push(loan, f, cause);
    }
    // The agent's own cut asked of the borrower (scripts6.ts).
    if (!out.length) out.push(...kickback(ctx), ...paidFirst(ctx, loanOffers(ctx)));
    // A fee paid so the loan is paid out, in Chinese or Japanese (loan-lures7.ts).
    if (!out.length) out.push(...feeForPayout(ctx), ...loanFeeJa(ctx));
    // The old loan repaid first, a fee for the new one, in Korean (korean13.ts).
    if (!out.length) out.push(...koScams(ctx).fee);
    // A fee to release an approved loan or a prize, in Latin script (latin-scams16.ts).
    if (!out.length) out.push(...latinScams(ctx).fee);
    // Money moved in to make a bank statement or prove repayment ability (loan-families8.ts).
    if (!out.length && (ctx.text.includes('流水') || ctx.text.includes('还款能力')))
      out.push(...flowDeposit(ctx));
    // Loans taken elsewhere to "prove" repayment ability (scam-frames13.ts).
    if (!out.length && !found.advisory) out.push(...borrowToProve(ctx), ...failedPayout(ctx));
    // A fee first for a parcel from abroad, a game trade or a job (fraud-families8.ts).
    if (!out.length && !found.advisory) out.push(...feeForGain(ctx));
    // A lower rate sold for a fee; a refund that needs a loan first (zh-scam18.ts).
    if (!out.length && !found.advisory) out.push(...zhFee18(ctx));
    // A granted loan paid for first; a score or statement shortfall paid off (loan-scripts16.ts).
    // A payout frozen, with someone to contact about it (loan-scripts16.ts).
    if (!out.length && !found.advisory)
      out.push(...payBeforeLoan(ctx), ...shortfallPaid(ctx), ...frozenPayout(ctx));
    // Money put in to activate a line or a payout, "returned after" (zh-scam19.ts).
    if (!out.length && !found.advisory) out.push(...zhBack19(ctx));
    return spans(ctx, out);
  },
};
