import type { SignalRule } from './rule';
import { spans } from './rule';
import { loanOffers, offAppRoute } from './lure-frames';

// Unsolicited loans that skip every check ("无需照会、不看征信、凭身份证即可") end in
// advance fees or identity theft: real lenders check credit.
export const loanLure: SignalRule = {
  id: 'loan_lure',
  title: '"免审核"贷款广告',
  explanation:
    '主动找上门、声称"不看征信、无需担保、当天放款"的贷款，正规机构不会这样放贷。接下来通常会以"保证金、解冻费、刷流水"为名让你先交钱，或骗取你的身份信息。',
  detect(ctx) {
    const hits = ctx.all('LOAN_LURE').filter((h) => !ctx.negated(h, 4));
    const distinct = new Set(hits.map((h) => ctx.text.slice(h.s, h.e)));
    const channel = ctx.has('PRIVATE_CHANNEL') || ctx.has('CONTACT_VERB');
    // A bank's own product sends you to its branch or banking app ("有需要可以到网点咨询"): two selling
    // points there are an advertisement, not a lure.
    const own = /网点|柜台|手机银行|银行app|官方/.test(ctx.text);
    if (!own && (distinct.size >= 2 || (distinct.size === 1 && channel))) return spans(ctx, hits);
    const strong = ctx.all('LURE_STRONG').filter((h) => !ctx.negated(h, 4));
    // A loan or a limit offered unasked ("恭喜您获得…额度", "诚邀您提升额度") with a route off the
    // lender's app: reply Y, call 王经理, open a link. Lenders' own offers send you to their app.
    const offer = loanOffers(ctx)[0];
    const route = offer && !ctx.has('OBLIGATION') ? offAppRoute(ctx) : undefined;
    return spans(ctx, route ? [...strong, offer, route] : strong);
  },
};
