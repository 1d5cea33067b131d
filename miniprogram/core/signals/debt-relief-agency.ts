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
    const out = ctx.all('RELIEF').filter((h) => !ctx.negated(h, 8) && !recorded(ctx, h));
    if (ctx.debtTalk || ctx.has('LOAN_WEAK'))
      out.push(...ctx.all('RELIEF_WEAK').filter((h) => !ctx.negated(h, 8) && !recorded(ctx, h)));
    // Relief offered by someone in between, for any lender: "所有贷款平台均可办理延期还款",
    // "逾期协商分期交给专业团队". The lender itself offering its own instalments is not this.
    for (const r of ctx.all('RELIEF_OBJ')) {
      if (ctx.negated(r, 6)) continue;
      const mid = ctx.near(r, 'INTERMEDIARY', 24, true, true);
      // "我行从未委托任何机构以'停息'名义收费" disclaims the agency.
      if (mid && !ctx.negated(mid, 14)) out.push(r, mid);
    }
    return spans(ctx, out);
  },
};
