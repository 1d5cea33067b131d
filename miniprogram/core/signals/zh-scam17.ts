// Seventeenth round: short Chinese scripts the rules read as ordinary. Each frame joins a persona
// or a promise to an ask, never one fixed phrase:
//   zhImp17: kin or an old friend asking for money; trouble in hospital and money sent at once;
//     "someone reported you" from a claimed officer; a statement taken over video; a case kept
//     secret on pain of punishment; a shop "not yet guaranteed"; a public benefit on a website.
//   zhInvest17: a stock named to rise on a day; a sure gain and what to do for it; tasks whose
//     pay waits until more is done.
//   zhReward17: the reader named a winner, and the prize claimed by a code, a site or a call.
//   zhTrade17: a stranger's ticket or game item paid for before it is handed over.
//   zhRecoveryFee17: "we recover your loss" with a fee first.

import type { Context } from '../engine/context';
import { ownChannelsOnly, warnedOf } from '../engine/frames';
import { live, type Pos } from './scripts6';

// Within a sentence (the text is normalised: ！？， are folded to !?,).
const near = (ctx: Context, a: RegExp, b: RegExp, reach: number, back: number): Pos[] => {
  const p = live(ctx, a);
  const q = p && live(ctx, b, Math.max(0, p.s - back), p.e + reach);
  // "不保证稳赚", "没有内部消息": the promise denied.
  const denied = p && /[不没无]/.test(ctx.text.slice(Math.max(0, p.s - 3), p.s));
  return p && q && !denied && !warnedOf(ctx, p) ? [p, q] : [];
};

// "爸，…", "奶奶,救救我", "我是你初中同学": kin calling, or someone saying who they are to the reader.
const KIN =
  /^\s*(老?[爸妈]+|爷爷|奶奶|外[公婆]|姥[姥爷]|舅舅|叔叔|哥|姐|老[公婆])[,:!\s]|我是[你您]的?[^,。]{0,2}?(同学|朋友|表[哥姐弟妹]|堂[哥弟]|老乡|亲戚)/;
// ... who wants a thousand or more sent, needs money at once, or cries for help ("转我200买书"
// or "押金退我了吗" is family life).
const SEND =
  /[借转汇打]给?我(?!们)[^。!?]{0,4}?([0-9]{4}|[0-9一两二三四五六七八九十几][千万])|急[需用]钱|救救我/;
// "王总让你马上给这个账户打款": a boss's order passed on, to pay an account.
const BOSS = /(总|董|老板|领导|经理)(让|叫|要)[你您]/;
const PAY = /转账|[打汇付]款|[转打汇]到/;
// Trouble with a hospital or the police, and money to be sent at once ("请快汇两三万元来").
const TROUBLE = /医院|手术|抢救|车祸|撞了|被抓|出事/;
const HASTE_SEND =
  /(快|速|马上|赶[紧快]|立[即刻]|尽快)[^。!?]{0,3}?[汇转打][^。!?]{0,8}?[钱元万块]|急需[^。!?]{0,4}?费/;
// "有人跟我们报案说，你发送诈骗短信": a caller saying someone reported the reader.
const REPORTED = /有人[跟向和]?(我们)?(报案|举报)[^。!?]{0,10}?[你您]/;
const OFFICER = /警|公安|法院|检察|165|110|[跟向]我们/;
// "开视频给你做笔录": a statement taken over video; "已签订保密协议，泄露信息将面临处罚": a case
// kept secret on pain of punishment; "该店铺尚未开通店铺保障", "未签订相关协议的卖家": a
// second-hand sale blocked until the seller pays for a "guarantee".
const STAGED =
  /(视频|会议)[^。!?]{0,10}?(笔录|口供)|保密协议[^。!?]{0,12}?(泄露|透露)[^。!?]{0,10}?(处罚|追究|责任)|(店铺|卖场|卖家|商家)[^。!?]{0,4}?未(开通|签[订署]|验证|认证|升级|更新)[^。!?]{0,8}?(保障|协议)|未(开通|签[订署])[^。!?]{0,6}?协议的?卖家|帮我[^。!?]{0,4}?[买充付][^。!?]{0,6}?(点|充值|游戏|购物|礼品|京东)卡|误[设开升列][^。!?]{0,12}?(扣|代理|会员|批发|分期)|不是[你您]本人[^。!?]{0,12}?帮[你您](取消|关闭)|(件|包裹|快递)[^。!?]{0,4}?(丢|遗失|破损)[^。!?]{0,12}?加[^。!?]{0,4}?(微信|qq)/;
// "您的户口已经在天津被提取了一万七千元，请立即与本行联系", "信用卡被人盗刷了，你赶快打电话":
// money said to be gone, and a number to call at once that is not the bank's own.
const DRAWN =
  /被[^。!?]{0,4}?(提取|盗刷)[^。!?]{0,16}?(立即|赶[快紧]|马上)[^。!?]{0,4}?(联系|打电话|致电)/;
// "您有一笔个人补贴待领取，详询以下网址", "ETC已被限制，请点击链接恢复".
const BENEFIT = /etc|医保|社保|公积金|养老金|补贴|补助|退税/;
const TO_SITE = /(点击|登[录陆入]|打开|进入|详[询见]|在)[^。!?]{0,4}?(链接|网[址站页]|以下)/;
const OWN_SITE = /官网|官方|gov\.cn|app|小程序|公众号|营业厅/;

export function zhImp17(ctx: Context): Pos[] {
  const t = ctx.text;
  // "能不能先转我两千" asks; its 不能 is the question, so the ask is read without negation.
  // A collector calling the reader "哥" about what the reader owes ("你欠的钱转我") is not kin.
  const kin = !/[你您]的?[^,。!?]{0,3}?[借欠]/.test(t) && live(ctx, KIN);
  const send = kin && SEND.exec(t.slice(kin.s, kin.e + 60));
  if (kin && send) return [kin, { s: kin.s + send.index, e: kin.s + send.index + send[0].length }];
  const boss = ctx.debtTalk ? [] : near(ctx, BOSS, PAY, 20, 0);
  if (boss.length) return boss;
  const h = !ctx.debtTalk && TROUBLE.test(t) && live(ctx, HASTE_SEND);
  if (h) return [h];
  const a = !/95\d{3}|app/.test(t) && live(ctx, DRAWN);
  if (a) return [a];
  const p = (!ctx.debtTalk && OFFICER.test(t) && live(ctx, REPORTED)) || live(ctx, STAGED);
  if (p && !warnedOf(ctx, p)) return [p];
  return /[贷借欠]款|还款/.test(t) || OWN_SITE.test(t) ? [] : near(ctx, BENEFIT, TO_SITE, 60, 0);
}

// "水务明天强势拉升", "周五买入周一必涨", "今日有望大涨": a stock's rise told in advance.
const FORECAST =
  /(明[天日早]|下周|周[一二三四五]|每[天日])[^。!?]{0,12}?(必涨|涨停|拉升|大涨|暴涨)|(有望|将|必)[^。!?]{0,2}?(涨停|拉升|大涨)/;
// "稳赚不赔", "肯定赚", "一定涨", "充多少翻倍": a gain promised ...
const SURE =
  /稳赚|保证赚|肯定[赚涨]|一定涨|[充投][^,。!?]{0,4}?翻倍|内部消息|有漏洞|多倍礼金|[老导]师[^。!?]{0,6}?带单/;
// ... and what to do for it: follow a teacher, open an account, top up, buy in (a verb, not the
// word 投资 a broker's own risk line holds).
const DO_IT = /跟着|带[你单]|下载|开户|充|投入|投钱|加仓|建仓|上车|买入|买进|[进加]群|qq|关注|验证/;
// ... a promise acted on by following, installing, opening an account or topping up, not by
// buying ("房价肯定涨，赶紧买房" is an opinion).
const JOIN = /跟着|带[你单]|下载|开户|充|[进加]群/;
// "每天点赞就能赚200元": easy tasks paid a sum; "这单是连单任务，必须完成后才能一起提现": task
// pay withheld until more is done or paid.
const TASK = /任务|刷单|做单|[连联卡]单|赞|抢单/;
const EARN = /([赚挣返]|给你)[0-9]|本金|收款码/;
const HELD =
  /(完成|做[完满]|充值|垫付|补单)[^。!?]{0,10}?(才|方可|即可)[^。!?]{0,8}?(提现|返|到账|结算|打款|解冻|红包)/;

export function zhInvest17(ctx: Context): Pos[] {
  const t = ctx.text;
  const f = live(ctx, FORECAST);
  if (f && DO_IT.test(t) && !warnedOf(ctx, f)) return [f];
  const sure = near(ctx, SURE, JOIN, 40, 40);
  if (sure.length || !TASK.test(t)) return sure;
  const paid = near(ctx, TASK, EARN, 12, 0);
  const held = live(ctx, HELD);
  return paid.length ? paid : held && !warnedOf(ctx, held) ? [held] : [];
}

// "您中五一万元大礼包请登兑奖", "选为第三位获奖用户登上官网速领": the reader named a winner, and
// the prize claimed off any app: by a code, a site, a call, or postage paid. A signed notice that
// gives nowhere else to go ("【某银行】恭喜您成为幸运用户，登录掌上生活查看", "回复KT领取") is the
// sender's own promotion: a scam has to send the reader somewhere.
const WINNER = /[你您][^。!?]{0,24}?(幸运(用户|者)|[获中等]奖用户|大礼包)/;
const CLAIM = /登|兑奖|领|查收|验证?码|确认码|咨询|打来|邮寄/;

export function zhReward17(ctx: Context): Pos[] {
  return /app|小程序|年会|本店|门店/.test(ctx.text) || ownChannelsOnly(ctx)
    ? []
    : near(ctx, WINNER, CLAIM, 40, 0);
}

// "演唱会门票我这里有，先付款后发电子票", "游戏装备便宜卖，你先付钱，我再上号转给你".
const ITEM = /门票|演唱会|游戏|账号|装备|点券/;
const PAY_FIRST =
  /先[付转打交][^。!?]{0,8}?[后再才][^。!?]{0,6}?([发转给交](?!货)|上号)|先[付交][^。!?]{0,4}?定金/;

export function zhTrade17(ctx: Context): Pos[] {
  return ctx.debtTalk ? [] : near(ctx, ITEM, PAY_FIRST, 60, 0);
}

/** A recovery offer that names a fee: "先交5%的手续费", "先付定金". */
export function zhRecoveryFee17(ctx: Context): boolean {
  return !!live(ctx, /先[交付缴]|手续费|服务费|定金/);
}
