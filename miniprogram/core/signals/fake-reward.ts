import type { SignalRule } from './rule';
import { spans } from './rule';

const PRIZE =
  /(特等奖|一等奖|二等奖|三等奖|大奖|幸运得主|幸运用户)[^。!！?？]{0,24}?(奖金|奖品|现金)[^。!！?？]{0,12}?(万|百万|千万)/;

// "Your points expire today, reply to activate the link and redeem": points, prizes and
// refunds used as bait for a phishing link.
export const fakeReward: SignalRule = {
  id: 'fake_reward',
  title: '积分到期、中奖领取类钓鱼',
  explanation:
    '消息说你的积分、点数、奖品即将到期，要你点链接或回复"激活链接"去兑换。这是常见的钓鱼短信：链接会骗你填写银行卡和验证码。积分只在官方 App 里查看和兑换。',
  detect(ctx) {
    const out = [];
    for (const r of ctx.all('REWARD')) {
      const exp = ctx.near(r, 'REWARD_EXPIRE', 20, true, false);
      const claim = ctx.near(r, 'REWARD_CLAIM', 40, false, false);
      if (exp && claim) out.push(r, exp, claim);
    }
    // "您之前购买的彩票中了二等奖，奖金高达50万元": a big prize announced to the reader is the
    // lottery script; lotteries do not call winners.
    const m = ctx.text.includes('奖') && ctx.has('ALARM') ? PRIZE.exec(ctx.text) : null;
    // Announced by a lottery, a show or a "centre" — not a company party's own draw.
    if (
      m &&
      /(你|您)/.test(ctx.text.slice(Math.max(0, m.index - 30), m.index + m[0].length)) &&
      /彩票|彩券|节目|幸运观众|抽奖活动|中心|官方/.test(ctx.text)
    )
      out.push({ s: m.index, e: m.index + m[0].length });
    return spans(ctx, out);
  },
};
