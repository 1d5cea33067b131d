import type { SignalRule } from './rule';
import { spans } from './rule';

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
    return spans(ctx, out);
  },
};
