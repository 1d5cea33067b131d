import type { SignalRule } from './rule';
import { spans } from './rule';

// "Returns of 15 % a year with almost no risk": a promise no lawful adviser may make, the
// opening of investment and "pig-butchering" scams that end with deposits you cannot withdraw.
export const investmentLure: SignalRule = {
  id: 'investment_lure',
  title: '"高收益、低风险"投资诱导',
  explanation:
    '对方主动推荐"高收益、几乎没风险、稳赚"的投资或理财项目。正规机构不能承诺保本高收益；这类项目通常先让你小额赚钱，再诱导大额投入，最后无法提现。不要转账，不要下载对方给的投资App。',
  detect(ctx) {
    const out = [];
    for (const p of ctx.all('INVEST_PROMISE')) {
      if (ctx.negated(p, 6)) continue;
      const about = ctx.near(p, 'INVEST', 30, true, false);
      if (about) out.push(p, about);
    }
    return spans(ctx, out);
  },
};
