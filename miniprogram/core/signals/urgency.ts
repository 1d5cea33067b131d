import type { SignalRule } from './rule';
import { spans } from './rule';
import { gateOpen } from '../engine/regex-plan';

// English deadlines, run only when their words are there (test/unit/engine/regex-gates.test.ts).
const EN_BY = /\b(by|before) \d{1,2}(:\d\d)? ?(am|pm)\b|\b(today|tonight)\b/;
const EN_WITHIN = /within \d{1,3} ?(hours?|hrs?|minutes?|mins?|days?)\b/;

// Pressure to act within hours so there is no time to check: "2小时内", "今天下班前",
// "最后通知". Real lenders give dates, not countdowns.
export const urgency: SignalRule = {
  id: 'urgency',
  title: '极限时间施压',
  explanation:
    '对方用"今天之内、2小时内、最后通知"逼你马上行动，让你来不及核实。越是催得急，越要先停下来，用官方渠道核实后再说。',
  detect(ctx) {
    const out = [];
    for (let i = 0, list = ctx.all('URGENT'); i < list.length; i++) {
      const h = list[i];
      if (!ctx.negated(h, 4)) out.push(h);
    }
    for (let i = 0, list = ctx.all('DEADLINE_START'); i < list.length; i++) {
      const d = list[i];
      const word = ctx.text.slice(d.s, d.e);
      // "3天内", "三日内": a number of days with 内 is a countdown by itself.
      if (
        (word === '天内' || word === '日内') &&
        /[0-9一二两三四五六七八九十]$/.test(ctx.text.slice(d.s - 1, d.s))
      ) {
        out.push({ s: d.s - 1, e: d.e });
        continue;
      }
      const end = ctx.after(d, 'DEADLINE_END', 10);
      if (!end) continue;
      // "24小时内", "两个小时内", "3天内": a countdown needs a number before it.
      if (
        word === '小时' ||
        word === '分钟' ||
        word === '天内' ||
        word === '日内' ||
        word === 'hours' ||
        word === 'within'
      ) {
        const pre = ctx.text.slice(Math.max(0, d.s - 3), d.s);
        if (!/[0-9一二两三四五六七八九十半几]|个$/.test(pre) && word !== 'within') continue;
        if (word === 'within' && !/^\s?\d/.test(ctx.text.slice(d.e, d.e + 3))) continue;
      }
      out.push(d, end);
    }
    // "将于今日停用", "2小时后自动关闭": a countdown to losing something, with no 前/内 after it.
    // "请于今日登录领取，逾期作废": the same countdown with the loss stated after the ask.
    for (let i = 0, list = ctx.all('DEADLINE_START'); i < list.length; i++) {
      const d = list[i];
      const w = ctx.text.slice(d.s, d.e);
      const counted =
        w !== '小时' && w !== '分钟'
          ? true
          : /[0-9一二两三四五六七八九十半几]$/.test(ctx.text.slice(d.s - 1, d.s));
      if (!counted || ctx.negated(d, 4)) continue;
      const lossM =
        /^[^。!?！？\n，,]{0,6}?(关闭|停用|失效|冻结|作废|注销|清零|过期|封号|停机)/.exec(
          ctx.text.slice(d.e, d.e + 10),
        );
      const loss = lossM ? { s: d.e, e: d.e + lossM[0].length } : undefined;
      const tail = /^[^。!?！？\n]{0,30}?逾期(作废|失效|无效|取消|不候)/.exec(
        ctx.text.slice(d.e, d.e + 36),
      );
      if (loss) out.push(d, loss);
      else if (tail) out.push(d, { s: d.e, e: d.e + tail[0].length });
    }
    // "今天把钱转到…": a same-day transfer demand.
    for (let i = 0, list = ctx.all('DEADLINE_START'); i < list.length; i++) {
      const d = list[i];
      const w = ctx.text.slice(d.s, d.e);
      if (w !== '今天' && w !== '今日' && w !== '今晚') continue;
      const pay = ctx.after(d, 'PAY_VERB', 8);
      if (pay) out.push(d, pay);
    }
    // "If you don't pay by 6pm, …", "… closed today": an English deadline with a consequence.
    const by = gateOpen(EN_BY, ctx.text, 'by|before|today|tonight') ? EN_BY.exec(ctx.text) : null;
    if (by && /(if you don't|if you do not|or we will|otherwise|will be)/.test(ctx.text))
      out.push({ s: by.index, e: by.index + by[0].length });
    const en = gateOpen(EN_WITHIN, ctx.text, 'within') ? EN_WITHIN.exec(ctx.text) : null;
    if (en) out.push({ s: en.index, e: en.index + en[0].length });
    return spans(ctx, out);
  },
};
