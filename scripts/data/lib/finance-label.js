'use strict';
// Label mapping shared by the genuine-lender / bank sources (see data/cards/README-lender.md).
// These sources hold only genuine notices from the institution itself, so the only question is
// whether a notice is about a loan, debt, repayment or credit record (`reminder`) or not
// (`unrelated`: verification codes, purchases, transfers, the lender's own loan marketing).

// Traditional-script notices (Taiwan / Hong Kong lenders) are matched after conversion.
const toSimplified = require('opencc-js').Converter({ from: 'tw', to: 'cn' });

const CODE = /验证码|校验码|动态码|动态密码|激活码/;
const DEBT =
  /逾期|还款|应还|借款|贷款|放款|催收|征信|待还|未还|罚息|滞纳金|违约金|展期|信用记录|还清|结清|本期账单|账单已出|账单金额|欠款金额|欠款已|尚欠|打款|提额|(?<!可用)额度/;
// Something is owed now: a due date, an overdue amount, a bill to pay.
const DUE = /逾期|应还|到期|还款日|待还|未还|欠款|账单已出|本期账单|请.{0,6}还款|及时还款/;
// The lender advertising credit to its own users (an offer, not a debt).
const MARKETING =
  /优惠|限时|专享|专属限定|加码|立即前往|立即申请|最高\d+万|高达\d+万|利率.{0,4}低|首期利率|抵扣券|免息券|红包|提额机会|邀请您/;
// Purchase notices that only advertise instalments are not about a debt.
const AD_ONLY = /分期还款优惠|年度账单/g;

function classify(raw) {
  const text = toSimplified(raw).replace(AD_ONLY, '');
  if (CODE.test(text)) return { label: 'unrelated', kind: 'code' };
  if (!DUE.test(text) && MARKETING.test(text)) return { label: 'unrelated', kind: 'marketing' };
  if (/逾期|催收|罚息|滞纳金|违约金|延滞/.test(text)) return { label: 'reminder', kind: 'overdue' };
  if (DEBT.test(text)) return { label: 'reminder', kind: 'repayment' };
  return { label: 'unrelated', kind: 'other' };
}

/** 'reminder' for a genuine notice about a loan, debt, bill or credit record, else 'unrelated'. */
function financeLabel(text) {
  return classify(text).label;
}

/** A short kind tag: what sort of genuine notice it is (`<base>_overdue`, `lender_marketing` …). */
function financeKind(text, base) {
  const { kind } = classify(text);
  if (kind === 'marketing') return base.startsWith('lender') ? 'lender_marketing' : `${base}_other`;
  return `${base}_${kind}`;
}

module.exports = { financeLabel, financeKind };
