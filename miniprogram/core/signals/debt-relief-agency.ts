import type { SignalRule } from './rule';
import { spans } from './rule';
import { recorded } from '../engine/frames';

// Fee-charging "debt optimisation / stop interest / anti-collection" agencies: named in the
// 2026-02-06 five-department warning. They take fees, IDs and SIM cards, and invent complaints.
export const debtReliefAgency: SignalRule = {
  id: 'debt_relief_agency',
  title: '收费"债务优化/停息挂账"中介',
  explanation:
    '对方自称能"停息挂账、债务优化、只还本金、反催收"，通常要收服务费或要你交出身份证、手机卡。监管部门已发布风险提示：这类中介收费后常常办不成，还可能让你承担法律风险。需要协商还款，直接联系借款机构的官方客服。',
  detect(ctx) {
    // An offer about debts: "佣金" or "上岸" with no debt in sight is something else.
    if (!ctx.debtTalk && !ctx.has('LOAN_WEAK')) return [];
    return spans(
      ctx,
      ctx.all('RELIEF').filter((h) => !ctx.negated(h, 8) && !recorded(ctx, h)),
    );
  },
};
