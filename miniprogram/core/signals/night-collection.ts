import type { SignalRule } from './rule';
import { spans } from './rule';
import { recorded } from '../engine/frames';

// No collection 22:00–08:00 without the debtor's consent (GB/T 45251-2025; CBA 2026 guideline).
export const nightCollection: SignalRule = {
  id: 'night_collection',
  title: '深夜催收',
  explanation:
    '催收发生在晚上10点到早上8点之间。行业标准规定这个时段不得催收（除非你同意），可以记录时间并投诉。',
  detect(ctx) {
    const debt = ctx.has('DEBT') || ctx.has('LOAN');
    if (!debt) return [];
    const out = ctx.all('NIGHT').filter((h) => {
      // A time stamp in a transaction record ("还款时间 00:12") is not a call at night.
      if (recorded(ctx, h)) return false;
      const w = ctx.text.slice(h.s, h.e);
      // "请于当天凌晨前还款" is a deadline, not a call at night.
      if (/^[\d:：点分秒\s]{0,8}(之?前|以前|为止|截止)/.test(ctx.text.slice(h.e, h.e + 12)))
        return false;
      if (!/^\d\d:$/.test(w)) return true;
      // "10:01:01": the minutes of a daytime clock, not an hour at night.
      if (/[\d:]/.test(ctx.text.charAt(h.s - 1))) return false;
      // A clock time like [22:47] must look like a time stamp.
      return /^\d\d:\d\d/.test(ctx.text.slice(h.s, h.e + 2));
    });
    return spans(ctx, out);
  },
};
