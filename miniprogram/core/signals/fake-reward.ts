import type { Context } from '../engine/context';
import type { SignalRule } from './rule';
import { spans } from './rule';
import { recorded, sentenceOf } from '../engine/frames';
import { advert, offAppRoute } from './lure-frames';
import { officialDomainOwner } from '../directory/domains';
import { fakeDraw, pointsLapse, refundScripts } from './scripts6';
import { moneyBack } from './scripts7';
import { offSiteWin } from './fraud-families8';
import { zhReward17 } from './zh-scam17';

interface Pos {
  s: number;
  e: number;
}

const PRIZE = new RegExp(
  '(特等奖|一等奖|二等奖|三等奖|头奖|大奖|幸运得主|幸运用户)[^。!！?？]{0,24}?(奖金|奖品|现金)[^。!！?？]{0,12}?(万|百万|千万)' +
    // "您的彩票中了五百万元的大奖", "赢得了50万元的大奖": the amount before the prize.
    '|(中了|中得|赢得了?|抽中|获得了?)[^。!！?？]{0,12}?(万|百万|千万)元?的?(大奖|奖金|头奖|现金大奖)',
);

// A prize word and a big sum close together, announced to the reader as won: "恭喜您赢得了本周的
// 大奖！…奖金额度高达五百万元", "赢得了一笔巨额奖金，价值500,000元". Only the amount says which
// draws are the lottery script: a shop's prize is a voucher, a company's a few thousand.
const PRIZE_WORD = /大奖|奖金|头奖|一等奖|二等奖|特等奖|幸运得主|现金大奖/g;
const BIG_SUM =
  /([0-9]+(\.[0-9]+)?|[一二两三四五六七八九十百千]+)\s?万|[0-9]{1,3}(,[0-9]{3})+元|[0-9]{6,}元/;
const WON = /恭喜|中了|赢得|荣获|获得|抽中|选中|得主/;
function bigPrize(t: string): Pos | undefined {
  if (!WON.test(t) || !/你|您/.test(t)) return undefined;
  PRIZE_WORD.lastIndex = 0;
  for (let m = PRIZE_WORD.exec(t); m; m = PRIZE_WORD.exec(t)) {
    const from = Math.max(0, m.index - 40);
    const win = t.slice(from, m.index + m[0].length + 40);
    const sum = BIG_SUM.exec(win);
    if (sum) return { s: m.index, e: m.index + m[0].length };
  }
  return undefined;
}

// "客服退款，双倍赔偿", "需开通理赔通道", "您购买的商品有质量问题，我是客服，为您退款": money
// owed to the reader that nobody asked for — a multiple of the price, a "claims channel" to open,
// or a refund a caller brings up. Shops refund in the order page, never through a caller.
const COMPENSATION =
  /(双倍|三倍|两倍|加倍|多倍|[0-9.一二三四五六七八九十]+倍)的?[^，,。!?！？]{0,3}?(赔偿|理赔|退款|赔付|补偿)/;
// A "channel" to open for a claim exists nowhere; a regulator runs no claims centre.
const CLAIM_CHANNEL =
  /开通[^。!?！？\n]{0,4}?(理赔|退款|赔付)|(理赔|退款|赔付)通道|(监管|银保监|证监|公安|法院)[^。!?！？\n]{0,8}?(理赔|退款|赔付)中心/;
const PROBLEM = /质量问题|假冒伪劣|检测超标|不合格|丢失|丢件|破损|下架|召回|违规商品/;
const REFUND = /退款|赔偿|理赔|赔付|补偿|退费/;
const CALLER = /(我是|这里是|我们是)[^。!?！？\n，,]{0,12}?(客服|工作人员|专员)/;
// ... or a refund to be "handled" or released by doing what the caller says: "联系客服QQ办理退款",
// "需要配合我们操作才能退回".
const HANDLED =
  /(办理|申请|领取|处理)[^，,。!?！？]{0,2}?(退款|理赔|赔偿|赔付|退费)|(才能|才可以|即可|就能)(退回|退款|退还|返还)/;
const FAULT = /故障|重复扣款|多扣|误扣|异常|失误|错误|质量问题|有问题|丢失|破损|不合格/;
// Being walked through steps in a payment app is how the "refund" becomes a transfer.
const GUIDED =
  /配合(我们|我)?(进行)?操作|按(照)?(我|我们)的(步骤|提示|指示|指引)|跟着我(操作|做)|按我说的(做|操作)/;

/** A QQ, a WeChat id, a mobile or a private channel the message gives. */
function privateRoute(ctx: Context): Pos | undefined {
  for (let i = 0, list = ctx.entities; i < list.length; i++) {
    const e = list[i];
    if (e.kind === 'qq' || e.kind === 'wechat_id' || (e.kind === 'phone' && e.detail === 'mobile'))
      return ctx.entityPos(e);
  }
  return ctx.live('PRIVATE_CHANNEL').find((h) => !ctx.negated(h, 6));
}

const PRIZE_WON =
  /(抽中|中奖|中了|获得|赢得|荣获|被选为)[^，,。!?！？]{0,10}?(大奖|奖金|奖品|现金|一等奖|二等奖|三等奖|特等奖|幸运号码|幸运用户|幸运观众)/;
const CLAIM_WORD = /领取|领奖|兑奖|兑换/;
const SELECTED =
  /(被选为|被抽中|抽中|选中|获得|中了|赢得|荣获)[^，,。!?！？]{0,10}?(幸运|奖|礼品|大礼包|笔记本|手机|电脑|汽车|iphone|现金)/;
const PRIZE_FEE =
  /(需|要|先|须|得)[^，,。!?！？]{0,3}?(交|缴|付|支付|缴纳|交纳)[^，,。!?！？]{0,8}?(费|税)/;

// Who offers it: a caller speaking for a shop, an insurer or a platform ("我是某某保险公司的").
const REFUND_CALLER =
  /(我是|这里是|我们是|这边是)[^。!?！？\n，,]{0,12}?(客服|工作人员|专员|公司|平台|中心)/;
// A refund or compensation offered to the reader ("给您退款", "为你办理理赔", "赔偿给您")...
const OFFERED =
  /(给|为|帮)(您|你)[^，,。!?！？]{0,4}?(退款|退费|赔偿|理赔|补偿|退还)|(退款|赔偿|理赔|补偿)(给|到)(您|你)|(退保|退回|返还|退还)[^，,。!?！？]{0,4}?(全部|全额|高额)?(保费|保险费|会员费|服务费)/;

// Points said to have reached a sum of money with the figure dropped by the quote: "积分已达兑换元",
// "积分已达到元的现金礼包", "可兑元现金" — not the carrier's own credit ("兑换元话费").
const POINTS_SUM =
  /(已达|达到|已满足|满足|可)(兑换|兑)?\s*元(?!\s*(话费|流量|优惠|代金|抵用|券|红包|会员|电子券|积分))|现金礼包/;

// The reader "selected" by a show, a platform or an anniversary draw they never entered: "您的号码
// 已被奔跑吧兄弟选为场外幸运用户", "您已是新声音选出的本季之星", "被阿里巴巴抽选为十二周年用户";
// and the classic cash-plus-laptop prize ("将得到十八万与笔记本一台"). Shows and shops do not
// pick strangers' numbers for prizes.
const PICKED =
  /(你|您)[^，,。!?！？]{0,8}?(被|是)[^，,。!?！？]{0,12}?(选为|选出|抽选为|抽选|评选为|选中|选為|選為|抽中)/;
// ... as a lucky user or a show's star, not "选为优秀员工" or a jury.
const PICKED_AS = /幸运|获奖|中奖|場外|场外|之星|活动号|周年|观众|將得|将得|将获/;
const PICKED_PRIZE = /元|万|萬|奖|獎|礼|禮|笔记本|领取|領取|验证|驗證|验証|领取码|領取碼/;
const CASH_AND_GADGET =
  /(元|万|萬)[^，,。!?！？]{0,6}?(与|和|加|及|并|以及)[^，,。!?！？]{0,6}?(笔记本|笔纪本|笔极本|筆記本|电脑|電腦|iphone|apple)/;

// "扫二维码，0元领三重豪礼": gifts for nothing for a scan, the stall and flyer lure that harvests
// accounts and phone numbers (and sells "shipping"). A shop's "扫码入会免费领好礼" is left out.
const SCAN_GIFT =
  /扫[^，,。!?！？]{0,4}?码[^。!?！？]{0,8}?(0|零)元[^，,。!?！？]{0,2}?(领|送|拿)[^，,。!?！？]{0,6}?(礼|礼品|豪礼|好礼|大礼)/;

// "Your points expire today, reply to activate the link and redeem": points, prizes and
// refunds used as bait for a phishing link.
export const fakeReward: SignalRule = {
  id: 'fake_reward',
  title: '积分、中奖、退款赔偿类钓鱼',
  explanation:
    '消息说你的积分、点数、奖品即将到期，要你点链接或回复"激活链接"去兑换。这是常见的钓鱼短信：链接会骗你填写银行卡和验证码。积分只在官方 App 里查看和兑换。"客服"主动说要给你退款、双倍赔偿、开通理赔通道，也是同一类骗局：退款只在购物平台的订单页面里处理，不会让你加人、下载软件或填写银行卡。',
  detect(ctx, found) {
    const out = [];
    // "可登录平安口袋银行APP兑换礼品": redeemed in the institution's own app, with no link or
    // number of the message's own, is where real points are redeemed.
    const ownApp = (h: Pos) =>
      !ctx.entities.some((e) => e.kind === 'link' || e.kind === 'phone') &&
      /app|客户端|手机银行|小程序/.test(sentenceOf(ctx, h)) &&
      !ctx.has('DOWNLOAD');
    for (let i = 0, list = ctx.all('REWARD'); i < list.length; i++) {
      const r = list[i];
      const exp = ctx.near(r, 'REWARD_EXPIRE', 20, true, false);
      const claim = ctx.near(r, 'REWARD_CLAIM', 40, false, false);
      if (exp && claim && !ownApp(claim)) out.push(r, exp, claim);
    }
    // Points turned into cash ("话费积分可兑换现金"): carriers and banks redeem points for goods or
    // credit in their own app, never for cash through a message.
    const cash = /积分|点数/.test(ctx.text)
      ? // "可兑换108元人民币": a sum of money, not the carrier's own credit ("兑换10元话费"); its
        // figure may be gone ("可兑换我行元现金", "可兑换的现金").
        /(兑换|换|折)(成)?[^,。!?]{0,4}?(现金|人民币)(?!券|红包)|积分(折现|兑现)|(兑换|换取|折合)(成)?[0-9]+(\.[0-9]+)?\s*元(人民币)?(?!\s*(话费|流量|优惠|代金|抵用|券|红包|会员|电子券))/.exec(
          ctx.text,
        )
      : null;
    if (cash && !ctx.negated({ cls: 'NEG', s: cash.index, e: cash.index + 2 }, 6))
      out.push({ s: cash.index, e: cash.index + cash[0].length });
    const gift = SCAN_GIFT.exec(ctx.text);
    if (gift && !ctx.negated({ cls: 'NEG', s: gift.index, e: gift.index + 2 }, 6))
      out.push({ s: gift.index, e: gift.index + gift[0].length });
    const sel = PICKED.exec(ctx.text);
    if (
      sel &&
      // A platform's draw claimed in its own app, a shop's in store, is theirs to run.
      !/app|客户端|小程序|到店|本店|门店|店内|现场/.test(ctx.text) &&
      PICKED_AS.test(ctx.text.slice(sel.index + sel[0].length, sel.index + sel[0].length + 12)) &&
      PICKED_PRIZE.test(ctx.text.slice(sel.index)) &&
      !ctx.negated({ cls: 'NEG', s: sel.index, e: sel.index + 2 }, 6)
    )
      out.push({ s: sel.index, e: sel.index + sel[0].length });
    const gadget = CASH_AND_GADGET.exec(ctx.text);
    if (gadget) out.push({ s: gadget.index, e: gadget.index + gadget[0].length });
    // The same with the figure gone ("积分已达兑换元", "已满足兑换元的现金礼包", "可兑元现金"):
    // a sum of money the points are said to have reached, to be "claimed" by logging in.
    const sum = !cash && /积分/.test(ctx.text) ? POINTS_SUM.exec(ctx.text) : null;
    if (sum && !ctx.negated({ cls: 'NEG', s: sum.index, e: sum.index + 2 }, 6))
      out.push({ s: sum.index, e: sum.index + sum[0].length });
    // "您之前购买的彩票中了二等奖，奖金高达50万元": a big prize announced to the reader is the
    // lottery script; lotteries do not call winners.
    const m = ctx.text.includes('奖') ? PRIZE.exec(ctx.text) : null;
    // Announced by a lottery, a show or a "centre" — not a company party's own draw.
    if (
      m &&
      /(你|您)/.test(ctx.text.slice(Math.max(0, m.index - 30), m.index + m[0].length)) &&
      (/彩票|彩券|节目|幸运观众|抽奖活动|中心|官方/.test(ctx.text) ||
        // ... or congratulated by a stranger, not at the reader's own company's or shop's draw.
        (/恭喜/.test(ctx.text) && !/年会|公司|单位|部门|门店|现场|店内/.test(ctx.text)))
    )
      out.push({ s: m.index, e: m.index + m[0].length });
    const t = ctx.text;
    const big =
      !m && /奖/.test(t) && !/年会|公司|单位|部门|门店|现场|店内/.test(t) ? bigPrize(t) : undefined;
    if (big && !ctx.negated({ cls: 'NEG', ...big }, 6)) out.push(big);
    const comp = /赔|退|理/.test(t) ? COMPENSATION.exec(t) : null;
    if (comp && /客服|我们|为您|给您|为你|给你|您|你/.test(t)) {
      const p = { s: comp.index, e: comp.index + comp[0].length };
      if (!ctx.negated({ cls: 'NEG', ...p }, 6) && !recorded(ctx, p)) out.push(p);
    }
    const channel = /赔|退/.test(t) ? CLAIM_CHANNEL.exec(t) : null;
    if (channel && !ctx.negated({ cls: 'NEG', s: channel.index, e: channel.index + 2 }, 6))
      out.push({ s: channel.index, e: channel.index + channel[0].length });
    const problem = PROBLEM.exec(t);
    const refund = problem && REFUND.exec(t);
    const caller = refund && CALLER.exec(t);
    if (problem && refund && caller && !ctx.has('OBLIGATION'))
      out.push(
        { s: caller.index, e: caller.index + caller[0].length },
        { s: problem.index, e: problem.index + problem[0].length },
        { s: refund.index, e: refund.index + refund[0].length },
      );
    // "您已被选为幸运观众，可获得笔记本电脑一台，需先交邮费和手续费": a prize that costs money to
    // receive. A real prize is handed over, never paid for first; a shop's "free, pay the postage"
    // advert is marked as one (回T退订).
    const won = !out.length && !advert(ctx) ? SELECTED.exec(t) : null;
    if (won && !ctx.negated({ cls: 'NEG', s: won.index, e: won.index + 2 }, 6)) {
      const fee = PRIZE_FEE.exec(t.slice(won.index, won.index + won[0].length + 40));
      if (fee)
        out.push(
          { s: won.index, e: won.index + won[0].length },
          {
            s: won.index + fee.index,
            e: won.index + fee.index + fee[0].length,
          },
        );
    }
    // "您的号码被抽中为幸运号码，获得现金大奖，请登录 www.…com 领取": a prize announced to the reader
    // and claimed through the message's own link, number or contact. Draws hand prizes over where
    // they were held; nobody wins a draw they never entered.
    const prize = !out.length && !advert(ctx) && CLAIM_WORD.test(t) ? PRIZE_WON.exec(t) : null;
    if (prize && !ctx.negated({ cls: 'NEG', s: prize.index, e: prize.index + 2 }, 6)) {
      const link = ctx
        .entitiesOf('link')
        .find((e) => !officialDomainOwner(e.value) && ctx.entityPos(e).s > prize.index);
      const route = link ? ctx.entityPos(link) : offAppRoute(ctx);
      if (route) out.push({ s: prize.index, e: prize.index + prize[0].length }, route);
    }
    // ... by a "customer service" caller, and paid out through a route off the shop: "我是淘宝客服…
    // 给您退款，请加一下我的QQ". A shop refunds to the original payment, from the order page.
    // A refund handled through a QQ, a WeChat id or a mobile ("重复扣款，请联系客服QQ…办理退款") is
    // the same script whoever claims to speak.
    const offered = !out.length ? OFFERED.exec(t) || HANDLED.exec(t) : null;
    if (offered && !ctx.has('OBLIGATION')) {
      const p = { s: offered.index, e: offered.index + offered[0].length };
      const self = REFUND_CALLER.exec(t);
      const priv = privateRoute(ctx);
      const guided = GUIDED.exec(t);
      // Without a caller the private route needs the made-up trouble: a shop on WeChat does
      // refund its own customers there.
      const route =
        (priv && (self || FAULT.test(t)) ? priv : undefined) ||
        (self &&
          (offAppRoute(ctx) ||
            ctx.all('DOWNLOAD').find((d) => !ctx.negated(d, 8)) ||
            (guided ? { s: guided.index, e: guided.index + guided[0].length } : undefined)));
      if (route && !ctx.negated({ cls: 'NEG', ...p }, 6) && !recorded(ctx, p))
        out.push(self ? { s: self.index, e: self.index + self[0].length } : undefined, p, route);
    }
    // Points counted as "N分", a show's draw, a prize that costs money, a walked-through refund,
    // trip compensation, an insurance-refund agent (scripts6.ts).
    if (!out.length && !found.advisory)
      out.push(...pointsLapse(ctx), ...fakeDraw(ctx), ...refundScripts(ctx), ...moneyBack(ctx));
    // A draw never entered, paid in goods claimed with a code (fraud-families8.ts).
    if (!out.length && !found.advisory) out.push(...offSiteWin(ctx));
    // The reader named a winner, the prize claimed by a code or a site (zh-scam17.ts).
    if (!out.length && !found.advisory) out.push(...zhReward17(ctx));
    return spans(ctx, out);
  },
};
