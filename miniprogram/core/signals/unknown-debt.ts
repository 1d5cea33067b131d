import type { SignalRule } from './rule';
import { spans } from './rule';

// The user says they never borrowed from this platform, but the message asserts a debt.
export const unknownDebt: SignalRule = {
  id: 'unknown_debt',
  title: '你没借过，却说你欠钱',
  explanation:
    '你说没有在这个平台借过钱，消息却说你欠款或逾期。这是冒充催收最常见的手法。不要为"不是你的债"付任何钱，先登录官方 App 或查征信报告核实名下有没有借款。',
  detect(ctx) {
    const denied = ctx.input.borrowed === 'no' || ctx.has('DENY_BORROW');
    if (!denied) return [];
    const debt = ctx.all('DEBT').filter((h) => !ctx.negated(h, 4));
    if (!debt.length) return [];
    return spans(ctx, [...debt.slice(0, 3), ...ctx.all('DENY_BORROW')]);
  },
};
