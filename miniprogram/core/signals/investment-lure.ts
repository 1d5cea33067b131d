import type { SignalRule } from './rule';
import { spans } from './rule';
import { backdoorPitch, jobLure } from './scripts6';
import { familyInvest } from './fraud-families8';
import { zhInvest17 } from './zh-scam17';
import { zhInvest18 } from './zh-scam18';
import { zhDeposit19 } from './zh-scam19';

const HIGH_RETURN =
  /(年化|收益率|回报率|收益|回报)[^。，,!！?？]{0,10}?(百分之[一二三四五六七八九]?十|百分之百|[1-9]\d(\.\d+)?%|[1-9]\d(\.\d+)?％|翻倍|翻番)/;

// "收益率非常高", "回报特别可观": the promise in words rather than a figure; a plain "可观的收益"
// is how advisers talk about a fund.
const HIGH_WORDS =
  /(收益率|回报率|收益|回报|利润)(非常|极其|极|超级|超|特别|相当)(高|可观|丰厚|惊人)/;

// Paid "tasks" (点赞, 关注, 刷单, 抢单) at so much a piece: the opening of task-rebate fraud, where
// the later tasks need the reader's own money first.
// The price may be per piece ("一个赞两块钱") or per day ("日薪百元"), a decimal or a range
// ("一单0.5—2块").
const TASK_PAY =
  /(点赞|关注|刷单|做任务|抢单|评论|收藏|加购|刷好评)[^。!?！？\n]{0,8}?(一单|每单|单价|佣金|一个赞|每个赞|一个|每个|日薪|日结)(是|为|有|可得|能赚)?[0-9.一二两三四五六七八九十百]+([—~～\-到至][0-9.一二两三四五六七八九十百]+)?(元|块)/;

// A win promised as certain, or an inside edge: "稳赚的", "平台有漏洞", "我舅舅做内部数据".
const SURE_WIN = /稳赚|包赚|必赚|稳赢|必赢|包赢|只赚不赔|漏洞|内部数据|内幕|带单/g;
// ... and the reader's own money asked in, or an account opened under the speaker's guidance:
// "你先充一万试试", "你注册一个我教你", "我带你操作".
const DEPOSIT_ASK =
  /(先|你|您)[^，,。!?！？]{0,3}?(充|充值|入金|投|下注|存)[^，,。!?！？]{0,3}?([0-9一二两三四五六七八九十百千万]+|点|一点|一笔)|(注册|下载|开户)[^，,。!?！？]{0,6}?(我教你|我带你|跟着我)|我(带|教)(你|您)(操作|玩|赚|投|买|下注)/;

const DENIED = /(不|没有|没|无法|不能|不会|别信|谁也不能)[^，,。!?！？]{0,3}$/;

const OFFER = /有兴趣|感兴趣|参与|加入|投一笔|投入|了解一下|机会|带你|带您|跟着/;

// A stock-tip group: a group to join ("建群", "进群", "交流群", "抱团", "联盟") that gives out
// winning picks ("涨停", "牛股", "拉升", "盈利盘") for free ("不收费", "人满即封", "加验证"). The
// free picks are the hook of the 荐股 scam, which later sells "inside" stocks or a fake platform.
const TIP_GROUP = /群|联盟|军团|抱团|股民交流|敢死队/;
const TIP_PICK =
  /涨停|牛股|黑马股|拉升|盈利|赢利|金股|必涨|涨不停|狙击主力|抄盘|建仓|操盘手|短线股|个股/;
const TIP_FREE =
  /不收费|免费|不收任何费用|不分成|人满即封|员满封群|群满即封|验证|暗号|口令|不涨退群/;

// A stranger's "part-time task" that needs the reader to scan a code for them ("我在做兼职，你能帮
// 我扫一下二维码吗"): the head-count task of task-rebate fraud, or a borrowed identity for an
// account; and the "rich lady's club hiring male escorts" ad (招男公关, 重金求子), which ends in
// a string of "membership" and "deposit" fees.
const HELP_SCAN = /(帮|替)(我|忙)[^，,。!?！？]{0,6}?扫[^，,。!?！？]{0,4}?(码|二维码)/;
const TASK_WORD = /兼职|任务|做单|佣金|拉新|助力/;
const ESCORT_AD = /招(聘)?男公关|招(聘)?男模|重金求子|富婆(俱乐部|求子|包养)|阔太太?俱乐部/;

// "Returns of 15 % a year with almost no risk": a promise no lawful adviser may make, the
// opening of investment and "pig-butchering" scams that end with deposits you cannot withdraw.
export const investmentLure: SignalRule = {
  id: 'investment_lure',
  title: '"高收益、低风险"投资诱导',
  explanation:
    '对方主动推荐"高收益、几乎没风险、稳赚"的投资或理财项目。正规机构不能承诺保本高收益；这类项目通常先让你小额赚钱，再诱导大额投入，最后无法提现。不要转账，不要下载对方给的投资App。',
  detect(ctx, found) {
    const out = [];
    const t = ctx.text;
    for (let i = 0, list = ctx.all('INVEST_PROMISE'); i < list.length; i++) {
      const p = list[i];
      // "不保证稳赚", "没有稳赚的投资": the promise denied, as a prospectus or a warning says it.
      if (ctx.negated(p, 6) || DENIED.test(t.slice(Math.max(0, p.s - 5), p.s))) continue;
      const about = ctx.near(p, 'INVEST', 30, true, false);
      if (about) out.push(p, about);
    }
    // A promised yearly return of 10 % or more ("年化收益可达百分之三十").
    // It is a lure when offered to the reader, not a report ("今年营收增长了30%").
    const numeric = t.includes('%') || t.includes('％') || t.includes('百分之') || t.includes('翻');
    const m = numeric && ctx.has('INVEST') ? HIGH_RETURN.exec(t) : null;
    if (m && /你|您/.test(ctx.text) && OFFER.test(ctx.text))
      out.push({ s: m.index, e: m.index + m[0].length });
    const scan = HELP_SCAN.exec(t);
    if (
      scan &&
      TASK_WORD.test(t) &&
      !ctx.negated({ cls: 'NEG', s: scan.index, e: scan.index + 2 }, 6)
    )
      out.push({ s: scan.index, e: scan.index + scan[0].length });
    const escort = ESCORT_AD.exec(t);
    if (escort && !ctx.negated({ cls: 'NEG', s: escort.index, e: escort.index + 2 }, 8))
      out.push({ s: escort.index, e: escort.index + escort[0].length });
    const group = TIP_GROUP.exec(t);
    const pick = group && TIP_PICK.exec(t);
    const free = pick && TIP_FREE.exec(t);
    if (
      group &&
      pick &&
      free &&
      !ctx.negated({ cls: 'NEG', s: group.index, e: group.index + 2 }, 6)
    )
      out.push(
        { s: group.index, e: group.index + group[0].length },
        { s: pick.index, e: pick.index + pick[0].length },
      );
    const task = TASK_PAY.exec(t);
    if (task && !ctx.negated({ cls: 'NEG', s: task.index, e: task.index + 2 }, 6))
      out.push({ s: task.index, e: task.index + task[0].length });
    // A pitch in words: a project or an opportunity offered to the reader with returns praised.
    const w = ctx.has('INVEST') ? HIGH_WORDS.exec(t) : null;
    if (
      w &&
      !ctx.negated({ cls: 'NEG', s: w.index, e: w.index + 2 }, 6) &&
      /你|您/.test(t) &&
      OFFER.test(t)
    )
      out.push({ s: w.index, e: w.index + w[0].length });
    // "这个平台有漏洞，稳赚的，你先充一万试试": a sure win and a deposit asked in the same breath,
    // the pig-butchering and betting-platform pitch, whatever it is said to invest in.
    SURE_WIN.lastIndex = 0;
    for (let m = SURE_WIN.exec(t); m; m = SURE_WIN.exec(t)) {
      const p = { s: m.index, e: m.index + m[0].length };
      if (ctx.negated({ cls: 'NEG', ...p }, 6) || DENIED.test(t.slice(Math.max(0, p.s - 5), p.s)))
        continue;
      const near = t.slice(Math.max(0, p.s - 40), p.e + 40);
      const ask = DEPOSIT_ASK.exec(near);
      if (ask) {
        const at = Math.max(0, p.s - 40) + ask.index;
        out.push(p, { s: at, e: at + ask[0].length });
        break;
      }
    }
    // A home job paid daily for easy work (scripts6.ts).
    if (!out.length && !found.advisory) out.push(...jobLure(ctx), ...backdoorPitch(ctx));
    // Paid tasks, a stock group, a platform deposit, a tip repaid with more (fraud-families8.ts).
    if (!out.length && !found.advisory) out.push(...familyInvest(ctx));
    // A rise told in advance, a sure gain to act on, task pay withheld (zh-scam17.ts).
    if (!out.length && !found.advisory) out.push(...zhInvest17(ctx));
    // Task pay advanced, stock tips in a group, a chance about to close (zh-scam18.ts).
    if (!out.length && !found.advisory) out.push(...zhInvest18(ctx));
    // A platform deposit asked by a partner or a "mentor" (zh-scam19.ts).
    if (!out.length && !found.advisory) out.push(...zhDeposit19(ctx));
    return spans(ctx, out);
  },
};
