// Eighth round: the common non-loan telecom-fraud families (the police's usual list), each as a
// lure joined to an ask in the same sentence — never the lure alone, which real shops, games,
// employers, brokers and friends also talk about.
//   investment_lure: paid "tasks" with the reader's money in first; a stock group with a sure
//     win; money put "on the platform" for a sure gain; a tip or recharge paid back with more.
//   pay_to_unofficial_account: a sale or a game trade moved off the platform, or goods "far
//     below price" paid on a private contact.
//   advance_fee: a fee first for a parcel from abroad, a game trade or a job.
//   impersonation: a "soldier" or "policeman" ordering goods who needs the reader's money first;
//     someone "on a new number" who asks to be added.

import type { Context } from '../engine/context';
import { sentenceBounds } from '../engine/frames';
import { live, type Pos } from './scripts6';
import { refused } from './everyday19';

// ctx.text is folded: full-width ，！？ are ASCII there, so a clause is [^,。!?].

/** `lure` and then `ask` inside one sentence, `ask` within `w` characters of the lure. */
function joined(ctx: Context, lure: RegExp, ask: RegExp, w: number): Pos[] {
  const l = live(ctx, lure);
  if (!l) return [];
  const b = sentenceBounds(ctx, l);
  const a = live(ctx, ask, Math.max(b.s, l.s - w), Math.min(b.e, l.e + w));
  return a ? [l, a] : [];
}

/** Sent to the institution's own app ("请在顺丰速运App修改地址"), with no link, number or
 * download of the message's own: where real notices send the reader. */
export function ownApp(ctx: Context): boolean {
  return (
    !ctx.entities.some((e) => e.kind === 'link' || e.kind === 'phone') &&
    !ctx.has('DOWNLOAD') &&
    /(在|通过|登录)[^,。!?]{0,8}?(app|小程序)/.test(ctx.text)
  );
}

// ---- investment_lure

// "先垫付后返本金加佣金", "完成三单充值才能提现": paid tasks whose pay needs the reader's money.
const TASK = /刷单|补单|点赞|关注|任务|抢单|做单|兼职|(做|刷)(销量|一单)/;
const TASK_GAIN = /佣金|本金|提现|赚钱|日结|返利|收益|工资/;
const TASK_ASK =
  /垫付|先[^,。!?]{0,6}?(付|拍|充|转账|下单|交|缴)|自己的钱|再(刷|做|充)|充值|下载|加[^,。!?]{0,3}?(微信|qq|客服|导师)|扫码|入会费|会员费|押金|保证金|报名费|培训费|激活费/;

// "加入我们的炒股群，老师每天推荐牛股，稳赚不赔": a stock group with a certain win.
const GROUP = /(加入?|进)[^,。!?]{0,6}?(炒股|荐股|股票|投资|理财|vip)群/;
const SURE = /稳赚|必涨|牛股|涨停|翻倍|内幕|带单/;

// Eleventh round (fake-base-station SMS): "操盘手建群每日公布牛股不收费人满即封", "本公司每日
// 免费公布拉升股票详情加老师QQ": a sure pick handed out ...
const STOCK_TIP =
  /牛股|涨停|必涨|妖股|金股|盈利股|好股|操盘|[荐讲诊]股|(公布|推荐|公开|获取)[^,。!?]{0,8}?(股票|个股)|股票[^,。!?]{0,4}?拉升/;
// ... for joining a group or adding a "teacher" on a chat app.
const STOCK_ASK =
  /[建开组进入加]群|群[满内推]|人满|交流群|抱团|组建|加[^,。!?]{0,4}?(老师|qq|微信)|qq/;

// "你在平台上充值5000就能跟我一起赚", "先充值一万试试": the reader's money put in ...
const DEPOSIT =
  /(你[^,。!?]{0,10}?|先)(充值?|入金|投入?|下注)[^,。!?]{0,2}?([0-9一两三五十百千万]+|点|一笔|进去)/;
// ... on a platform said to pay: "这个项目我亲测回本了", "我在平台投资赚了不少", "内部数据".
const PLACE = /平台|app|网站|软件|项目|账/;
const GAIN = /赚|回本|收益|盈利|翻倍|内部|漏洞|内幕/;

// "打赏1000返1500", "打赏满5000即可返还双倍": a tip or a recharge repaid with more.
const TIP = /(打赏|充值?)满?(\d+)[元块]?返[现还利]?(\d+)/;
const TIP_X = /(打赏|充值|刷礼物)[^。!?]{0,16}?返[还现利给]?你?(双倍|翻倍|\d倍)/;
// "签到看视频就能赚钱，先充值588会员费": easy earnings behind a membership fee.
const EASY = /(签到|看视频|看广告)[^,。!?]{0,6}?赚/;
const MEMBER_FEE = /(充值|交|缴|开通)[^,。!?]{0,6}?会员/;

export function familyInvest(ctx: Context): Pos[] {
  const t = ctx.text;
  // A loan or a debt is judged by the loan rules; most notices are one, so they leave first.
  // One scan for every branch's word first: most messages have none.
  if (ctx.debtTalk || !/佣金|本金|提现|群|股|充|投|下注|返|会员|赚|日结|收益|工资/.test(t))
    return [];
  if (TASK_GAIN.test(t)) {
    const task = joined(ctx, TASK, TASK_GAIN, 40);
    const ask = task.length ? joined(ctx, TASK, TASK_ASK, 60) : [];
    if (ask.length) return [task[0], task[1], ask[1]];
  }
  if (t.indexOf('群') >= 0 && SURE.test(t)) {
    const g = joined(ctx, GROUP, SURE, 40);
    if (g.length) return g;
  }
  if (t.indexOf('股') >= 0) {
    const tip = joined(ctx, STOCK_TIP, STOCK_ASK, 60);
    if (tip.length) return tip;
  }
  if (GAIN.test(t) && /充|入金|投|下注/.test(t)) {
    const d = live(ctx, DEPOSIT);
    const b = d && sentenceBounds(ctx, d);
    const win = b && t.slice(Math.max(b.s, d.s - 40), Math.min(b.e, d.e + 20));
    if (d && win && PLACE.test(win) && GAIN.test(win)) return [d];
  }
  if (t.indexOf('返') >= 0 && /打赏|充|刷礼物/.test(t)) {
    const m = TIP.exec(t);
    if (m && +m[3] > +m[2]) return [{ s: m.index, e: m.index + m[0].length }];
    const x = live(ctx, TIP_X);
    if (x) return [x];
  }
  return t.indexOf('会员') >= 0 ? joined(ctx, EASY, MEMBER_FEE, 40) : [];
}

// ---- pay_to_unofficial_account

// "不走平台更便宜", "咱们私下交易", "淘宝上面拍的话要等好几天": the sale moved off the platform ...
const OFF =
  /(不走|不经过|不通过|不用在?|绕(过|开))平台|私下(交易|转账|付款)|(平台|淘宝|闲鱼)[^,。!?]{0,8}?(手续费|太慢|要等|麻烦|抽成)/;
// ... and paid or continued on a private channel.
const PRIVATE_PAY =
  /转账|付款|打款|扫码|付全款|加[^,。!?]{0,2}?(微信|qq)|(微信|支付宝)[^,。!?]{0,2}?[转付]/;
// "一折出售", "内部价2999", "只剩最后一双": goods far below price or about to be gone ...
const CHEAP = /内部价|[一二三]折|低价|亏本|只剩|仅剩|最后一[双件个台张]|限量/;
// ... ordered on a private contact and paid first.
const ADD_PRIVATE = /加[^,。!?]{0,2}?(微信|qq)/;
const PAY_FIRST = /先付|付全款|转账|付款|下单|[定订]金/;

export function offPlatform(ctx: Context): Pos[] {
  const t = ctx.text;
  if (ctx.debtTalk || !/平台|私下|淘宝|闲鱼|价|折|亏本|剩|最后一|限量/.test(t)) return [];
  let off = /平台|私下|淘宝|闲鱼/.test(t) ? joined(ctx, OFF, PRIVATE_PAY, 40) : [];
  // "私下交易不安全，还是走平台": the practice judged unsafe (everyday19.ts).
  if (off.length && refused(ctx, off[0])) off = [];
  if (off.length || !/价|折|亏本|剩|最后一|限量/.test(t)) return off;
  const cheap = live(ctx, CHEAP);
  if (!cheap) return [];
  const b = sentenceBounds(ctx, cheap);
  const add = live(ctx, ADD_PRIVATE, b.s, b.e);
  const pay = add && live(ctx, PAY_FIRST, b.s, b.e);
  return add && pay ? [cheap, add, pay] : [];
}

// ---- advance_fee

// A fee the reader pays first: "你先帮我付一下清关费", "先交押金300元", "交5000元中介费".
const FEE =
  /(交|缴|付|转)[^,。!?]{0,6}?((清关|解冻|中介|培训|服装|体检|报名|办[证卡]|入职|认证)费|关税|押金|保证金)/;
// ... for something the reader is to receive: a parcel or a gift from abroad, a game trade, a job.
const FOR_GAIN =
  /包裹|礼物|海关|清关|游戏|[账收卖]号|装备|买家|出售|招聘|入职|面试|初试|培训|出国|月薪|日结|高薪|兼职|工作/;

export function feeForGain(ctx: Context): Pos[] {
  const t = ctx.text;
  if (ctx.debtTalk || !/费|税|押金|保证金/.test(t) || !FOR_GAIN.test(t)) return [];
  // "包裹需补缴关税，请在官方App中完成缴纳": paid where the courier or employer itself collects.
  if (ownApp(ctx)) return [];
  const fee = live(ctx, FEE);
  const b = fee && sentenceBounds(ctx, fee);
  const lure = b && live(ctx, FOR_GAIN, Math.max(0, b.s - 40), b.e);
  // "体检费由公司报销", "押金离职退还": the fee is not asked of the reader.
  return fee && lure && !/报销|退|免/.test(t.slice(fee.e, fee.e + 6)) ? [lure, fee] : [];
}

// ---- impersonation

// "我是武警部队的，我们要采购一批矿泉水，需要你先交一笔保证金": a soldier or an officer ordering
// goods who needs the reader to pay first, deal with a "designated supplier" or add a contact.
const TROOP = /(我是|我们是|这里是)[^,。!?]{0,8}?(部队|武警|军区|连队|后勤|派出所|公安局|消防)/;
const ORDER = /采购|订|购买|进货|一批/;
const TROOP_ASK =
  /先[^,。!?]{0,8}?([交缴付帮]|进货)|保证金|押金|垫付|调货|(指定|联系)[^,。!?]{0,6}?(厂家|供应商|商家)|加[^,。!?]{0,8}?(微信|qq|负责人)/;

// "我换号了，这是我新的微信号，你加我一下": someone the reader knows, on a new account, who asks
// to be added there — and will ask for money there.
const CHANGED =
  /换[^,。!?]{0,3}?(号|微信|qq)|(号码?|微信号?|qq号?)换了|(这是|我的)[^,。!?]{0,2}?新[^,。!?]{0,2}?(微信|qq|号)|手机[丢坏掉]了/;
const ADD_ME = /加(我|一下|下|个|上)|添加|存(一|下|好)|删[^,。!?]{0,8}?(号|微信)/;
// The add is on a chat app, or an errand is waiting for the reader ("有事找你", "有急事"), or the
// old number is to be deleted.
const THERE = /微信|qq|有事|急事|有点事|帮个?忙|删/;

export function familyPersona(ctx: Context): Pos[] {
  const t = ctx.text;
  if (ctx.debtTalk || !/队|军|武警|后勤|派出所|公安局|消防|换|新|手机[丢坏掉]/.test(t)) return [];
  if (/队|军|武警|后勤|派出所|公安局|消防/.test(t)) {
    const troop = live(ctx, TROOP);
    const order = troop && live(ctx, ORDER, troop.e, troop.e + 40);
    const ask = order && live(ctx, TROOP_ASK, order.s, order.e + 40);
    if (ask) return [troop, ask];
  }
  const ch = live(ctx, CHANGED);
  const add = ch && live(ctx, ADD_ME, ch.e, ch.e + 30);
  return add && THERE.test(t.slice(ch.s, add.e + 12)) ? [ch, add] : [];
}

// ---- eleventh round (fake-base-station SMS, links removed): frames that need no link.

// fake_reward: "您已被抽选为场外幸运观众，将得万元与笔记本一台，请进入查领，领取码…": the reader's
// number picked in a draw they never entered, cash or a laptop, and a code to claim it with.
const PICKED =
  /抽[选中取到]|选[中为為你您定出]|選為|评[为选]|定[你您]?为|中奖|中了|[场場]外|幸[运運]之星/;
const GOODS = /笔.?本|筆.本|[电電][脑腦脳]|iphone|苹果|apple|pple|macbook|创业基金|大奖/;
const CLAIM_CODE =
  /[码碼]|[领領](取|奖)|[查査](领|領|收|看|取)|[进入登噔][^,。!?]{0,4}?[查査领領取收]|登[录陆入]|点击/;
// Claimed in the platform's own app, or already paid out: how a real draw ends.
const OWN_DRAW =
  /app|小程序|客户端|公众号|手机银行|已(自动|经)?(充值|发放|到账|存入)|年会|本店|门店/;

export function offSiteWin(ctx: Context): Pos[] {
  const t = ctx.text;
  if (!GOODS.test(t) || OWN_DRAW.test(t)) return [];
  const p = live(ctx, PICKED);
  const g = p && live(ctx, GOODS, p.e, p.e + 40);
  const c = g && live(ctx, CLAIM_CODE, g.e, g.e + 30);
  return c ? [p, g, c] : [];
}

// impersonation: "您预订的航班因机械故障已被取消，请及时联系客服办理改签退票": a cancelled or moved
// flight and a "客服" or a QQ group to rebook through — an airline names its own 95 line or app.
const FLIGHT = /(航班|起落架|机械故障)[^,。!?]{0,16}?(取消|延误|调整|停飞|(无法|不能)正常起飞)/;
const REBOOK =
  /(联系|致电|速电|拨打|电)[^,。!?]{0,16}?(退改|改退|改签|退票|改期|理赔|补偿)|客服联系[^,。!?]{0,4}?(改签|退票)|延误证明|加入?[^,。!?]{0,4}?qq/;
// "您丢失的iphone设备已成功定位，请登录查看": a lost phone "found" by a message Apple never sends.
const LOST_PHONE =
  /(丢失|离线|遗失)的?(iphone|苹果|设备|手机)[^,。!?]{0,16}?(定位|扣留|联网|找到|插卡)/;
const SEE = /查看|登[录陆]|取回|拦截|详情/;

// "我实在不想说了你自己看看这相册吧", "你都上新闻了你自己看吧", "我们的聚会相册上传到这里了望您
// 保存": someone the reader knows pointing at pictures or news about them, to open or to save —
// the trojan-link lure; friends share pictures in the chat or the group itself, to everyone.
const SHAME = /不想(说|多说)了|上新闻了|传到网上|这(里面|上面)的?是你吧|这是怎么回事/;
const LOOK = /看(完|看|一下|下)?(这|吧)|打开|[看瞧]一下/;
const ALBUM = /相[册测]|照片|影集|纪念[栅册]|留念照|录像|视频/;
const KEEP = /望您保存|请(务必)?保存|你保存|保存起来|上传到这里|请好/;

export function fakeService(ctx: Context): Pos[] {
  const t = ctx.text;
  if (!/群|微信|qq|朋友圈|大家/.test(t)) {
    const sh = live(ctx, SHAME);
    const lk = sh && live(ctx, LOOK, sh.e, sh.e + 16);
    if (lk) return [sh, lk];
    const al = live(ctx, ALBUM);
    const k = al && live(ctx, KEEP, Math.max(0, al.s - 12), al.e + 12);
    if (k) return [al, k];
  }
  if (/航班|起落架/.test(t) && !/app|官网|小程序|公众号|客户端|95\d{3}/.test(t)) {
    const f = live(ctx, FLIGHT);
    const r = f && live(ctx, REBOOK, f.e, f.e + 40);
    if (r && (!/^【/.test(t) || ctx.entities.some((e) => e.kind === 'phone'))) return [f, r];
  }
  const l = /iphone|苹果|设备|手机/.test(t) ? live(ctx, LOST_PHONE) : undefined;
  const s = l && live(ctx, SEE, l.e, l.e + 30);
  return s ? [l, s] : [];
}
