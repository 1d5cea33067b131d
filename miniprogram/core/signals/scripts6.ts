// Sixth round (issue 8): telecom-fraud scripts the rules did not know, each as a behaviour — who
// the message claims to be or what it claims happened, joined to what the reader is then steered
// to do — never a lone cue word. Each function returns the spans' cores (empty: no such script);
// the signal rules named beside each add them to their own.
//   impersonation: the reader's card, ID, number or parcel said to be used in a crime; a "police"
//     inquiry or statement by phone; returned mail with a phone menu; a claimed paid subscription
//     the caller offers to cancel; a "boss" who introduces himself, then a transfer or the
//     company balance as a screenshot; a traffic fine looked up at the message's own link.
//   fake_reward: points "expiring" to redeem through the message; a TV show's or a "lucky user"
//     draw; inside lottery tips; a prize that costs money to receive; a refund walked through by
//     a stranger; a cancelled trip compensated or rebooked through the message's number; a
//     damaged parcel settled on a private contact; a refund or subsidy claimed by scanning a
//     code; an agent offering to get more of an insurance premium back.
//   investment_lure: a phone or typing job paid daily; a platform "backdoor"; a recharge paying
//     back more than it takes; a "teacher" leading trades with a promised return.
//   credit_repair: removal of a credit record offered to the reader.
//   advance_fee: the loan agent's own cut; a loan or lower rate paid for first; money the
//     borrower must send to "verify".
//   service_suspension: a card or e-banking "expiring" that must be "upgraded"; a public
//     credential lapsed and renewed at a link; a utility cut off within hours unless paid.
//   pay_to_unofficial_account: the reader sent to a cash machine to run a "protection" step.

import type { Context } from '../engine/context';
import { globalOf, recorded, sentenceBounds, warnedOf } from '../engine/frames';
import { gateOpen } from '../engine/regex-plan';
import { advert, linkAsks } from './lure-frames';
import { officialDomainOwner } from '../directory/domains';

export interface Pos {
  s: number;
  e: number;
}

const S = '[^。!?！？\\n]';

export function at(m: RegExpExecArray | null, base = 0): Pos | undefined {
  return m ? { s: base + m.index, e: base + m.index + m[0].length } : undefined;
}

/** First match of `re` in `t` that no negation ("不会", "从不", "请勿") precedes. */
export function live(ctx: Context, re: RegExp, from = 0, to = ctx.text.length): Pos | undefined {
  const g = globalOf(re);
  const t = ctx.text.slice(from, to);
  for (let m = g.exec(t); m; m = g.exec(t)) {
    const p = { s: from + m.index, e: from + m.index + m[0].length };
    if (!ctx.negated({ cls: 'NEG', ...p }, 6) && !recorded(ctx, p)) return p;
    if (m[0].length === 0) g.lastIndex++;
  }
  return undefined;
}

/** Each sentence of the text, as its bounds. */
export function sentences(ctx: Context): Pos[] {
  const out: Pos[] = [];
  const n = ctx.text.length;
  for (let s = 0; s < n;) {
    const b = sentenceBounds(ctx, { s, e: s + 1 });
    out.push(b);
    s = Math.max(b.e, s + 1);
  }
  return out;
}

/** From the start of the sentence `before` sentences ahead of `p`'s to the end of the one `after`
 * past it (each as far as the text goes); undefined when no sentence holds `p`. */
export function sentenceWindow(
  ctx: Context,
  p: Pos,
  before: number,
  after: number,
): Pos | undefined {
  const list = sentences(ctx);
  const i = list.findIndex((b) => b.e > p.s);
  if (i < 0) return undefined;
  return { s: list[Math.max(0, i - before)].s, e: list[Math.min(list.length - 1, i + after)].e };
}

/** A regex from `s`, where `~` is one character inside a sentence (the text is normalised:
 * ！？， folded to !?,). */
export const inSentence = (s: string) => new RegExp(s.replace(/~/g, '[^。!?\\n]'));

/** `a` live and not warned of, then `b` from `before` sentences ahead of it to `after` past it. */
export function livePair(ctx: Context, a: RegExp, b: RegExp, before: number, after: number): Pos[] {
  const p = live(ctx, a);
  const w = p && !warnedOf(ctx, p) ? sentenceWindow(ctx, p, before, after) : undefined;
  const q = w && live(ctx, b, w.s, w.e);
  return p && q ? [p, q] : [];
}

// ---- impersonation

// Something of the reader's: "你的银行卡", "您名下的账户", "您的电话卡", "该账号".
const READERS =
  /(你|您)(的|名下的?|家的?|用)?[^，,。!?！？\n]{0,8}?(身份证|身份信息|银行卡|信用卡|账户|账号|医保卡|社保卡|电话卡|手机卡|手机号|号码|包裹|快递|邮件|名义|名下)|(该|此|这个)(账号|账户|银行卡|卡)/;
// ... used in a crime: laundering, drugs, fraud texts, contraband.
const CRIME_ON = new RegExp(
  '洗黑钱|洗钱|贩毒|藏毒|毒品|违禁品|走私|涉案|犯罪|诈骗(案|团伙|集团)|发(送)?(诈骗|违法)短信' +
    '|非法(集资|越境|出入境|经营)|偷漏税|(医保|社保)' +
    S +
    '{0,12}?(违规|涉嫌)',
);
// A parcel "held by customs for drugs": no reader named, the parcel is the reader's by context.
const PARCEL =
  /(包裹|快递|邮件|快件)[^。!?！？\n]{0,8}?(藏毒|毒品|违禁品|夹带|护照|银行卡)[^。!?！？\n]{0,8}?(被海关|海关|扣押|查获|查扣|扣了|扣留)/;
// "公安局已经派警察来调查了", "公安机关已立案": the police said to be on the reader's case.
const ON_CASE =
  /(公安|警察|警方|民警|检察院|刑警|经侦)[^。!?！？\n]{0,10}?(调查|立案|介入|侦查|追查)/;
// "避免被用于犯罪", "不要出借": advice about the crime, not an accusation.
const ADVICE_BEFORE =
  /(避免|防止|以免|谨防|用于|出租|出借|出售|买卖|不要|请勿|切勿)[^。!?！？\n]{0,6}$/;
// The bank's or carrier's own notice of a hold sends the reader to its counter or its line.
const OWN_DESK = /网点|柜台|营业厅|携带|app|客户端|95\d{3}|1008\d|10010|10000/;
const STOLEN_ID = /(身份证|身份信息|银行卡|账户|名义)[^。!?！？\n]{0,6}?(被人)?(盗用|冒用|冒名)/;

/**
 * "您的电话卡发诈骗短信被举报了", "您的账户有洗黑钱的嫌疑", "包裹藏毒品被海关扣了", "您的身份证被人
 * 盗用…公安局已经派警察来调查了": the opening of the fake-police script. Banks and carriers say a
 * card is frozen or a login is odd; only this script tells the reader their things are used in a
 * crime. A collector's "你涉嫌诈骗" about a debt is judged by the threat rules.
 */
export function crimeOnReader(ctx: Context): Pos[] {
  const t = ctx.text;
  if (ctx.debtTalk) return [];
  const parcel = live(ctx, PARCEL);
  if (parcel) return [parcel];
  if (!/你|您|该|此|这个/.test(t) || OWN_DESK.test(t)) return [];
  for (let i = 0, list = sentences(ctx); i < list.length; i++) {
    const b = list[i];
    const seg = t.slice(b.s, b.e);
    const held = READERS.exec(seg);
    if (!held) continue;
    const after = b.s + held.index;
    const crime = live(ctx, CRIME_ON, after, b.e);
    if (crime && !ADVICE_BEFORE.test(t.slice(Math.max(b.s, crime.s - 8), crime.s)))
      return [at(held, b.s) as Pos, crime];
    const stolen = live(ctx, STOLEN_ID, after, b.e);
    const police = stolen && live(ctx, ON_CASE, stolen.e, b.e);
    if (stolen && police) return [stolen, police];
  }
  return [];
}

// "您的挂号邮件因无人签收已退回…人工服务请按9": a letter or a summons "returned", with a phone
// menu to reach a person — the robocall that opens the fake-police chain. The post office leaves
// a slip and a counter; it runs no menu about your mail.
const MAIL_BACK = new RegExp(
  `(邮件|挂号信|包裹|快递|传票|法院文书|信函)${S}{0,16}?(无人签收|未签收|被退回|已退回|退回)`,
);
const MENU =
  /按\s?[0-9#*]\s?(键)?(转)?(人工|查询|咨询|重听|服务)|(人工|客服)(服务)?请按\s?[0-9]|请按\s?[0-9]/;

export function returnedMail(ctx: Context): Pos[] {
  const mail = live(ctx, MAIL_BACK);
  const menu = mail && live(ctx, MENU);
  return mail && menu ? [mail, menu] : [];
}

// "你的车辆有一条超速违章记录，请点击登录…查询：www.…com": a traffic fine to look up or pay at a
// link of the message's own. Traffic offences are looked up in 交管12123 or at 122.gov.cn.
const TRAFFIC =
  /违章(记录|未处理|信息)|交通违法|违法记录|交通事件|罚单|驾照扣分|驾驶证扣分|扣分|扣点/;

export function trafficLink(ctx: Context): Pos[] {
  const t = ctx.text;
  if (!/车|驾照|驾驶证|交通/.test(t) || /122\.gov|gov\.cn|app/.test(t)) return [];
  const fine = live(ctx, TRAFFIC);
  if (!fine) return [];
  const link = ctx
    .entitiesOf('link')
    .find((e) => !officialDomainOwner(e.value) && ctx.entityPos(e).s > fine.s);
  // "【交管12123】…请点击 12123-xx.com": the app's name is worn as a brand, so only a link of the
  // message's own counts then; a bare "12123" with no link is the real app's notice.
  const bare = t.indexOf('12123') >= 0 ? undefined : linkAsks(ctx).find((p) => p.s > fine.s);
  const route = link ? ctx.entityPos(link) : bare;
  return route ? [fine, route] : [];
}

// "你查一下公司现在可用资金有多少，查好余额截图发群里": a "boss" in a new chat having the
// accountant show the company's balance — the step before "this payment is urgent".
const BALANCE_SHOT = new RegExp(
  `(余额|可用资金|账上|账户资金|资金)${S}{0,12}?截图${S}{0,6}?(发|给)(我|群)`,
);

// "小刘，我是张总，你先帮我给客户转一笔款": a boss introducing himself to his own staff, then a
// transfer. A real boss needs no introduction; a new account using his name does.
const BOSS_SELF =
  /我是(你们?的?)?[\u4e00-\u9fa5]{0,2}(总|董|老板|领导|经理|主任|局长|处长|书记)(?![\u4e00-\u9fa5]{0,2}(助理|秘书|办公室))/;
const BOSS_ASK = new RegExp(
  `(帮我|替我|你先|先|马上|赶紧|尽快|立即|安排)${S}{0,10}?(转|打|汇|付|支付)(一笔|笔|个|一下)?(款|账|钱)`,
);

export function bossTransfer(ctx: Context): Pos[] {
  if (ctx.debtTalk) return [];
  const self = at(BOSS_SELF.exec(ctx.text));
  const ask = self && live(ctx, BOSS_ASK, self.e);
  return self && ask ? [self, ask] : [];
}

export function balanceScreenshot(ctx: Context): Pos[] {
  // A balance is a record's word ("余额：…"); here it is what the reader is told to send.
  const m = at(BALANCE_SHOT.exec(ctx.text));
  return m && !ctx.negated({ cls: 'NEG', ...m }, 6) ? [m] : [];
}

// "由我们公安单位以电话录音的方式向你了解几个情况", "在电话里给你做个笔录": a police inquiry held by
// phone. Police question people in person, at the station.
const PHONE_INQUIRY = new RegExp(
  `(公安|警方|警察|民警|检察|法院|我们单位)${S}{0,12}?(电话录音|电话笔录|以电话|通过电话|在电话里|电话里|电话上)${S}{0,20}?(了解|询问|调查|笔录|核实|问话|取证)` +
    `|(公安|警方|警察|民警|检察|法院|派出所)${S}{0,16}?电话${S}{0,8}?(笔录|口供|审讯|问询)` +
    `|(电话|线上)(笔录|录口供|取证|审讯)`,
);
// Words PHONE_INQUIRY cannot match without (test/unit/engine/regex-gates.test.ts proves them).
const INQUIRY_WORDS = '公安|警方|警察|民警|检察|法院|我们单位|派出所|笔录|录口供|取证|审讯';
export function phoneInquiry(ctx: Context): Pos[] {
  const q = gateOpen(PHONE_INQUIRY, ctx.text, INQUIRY_WORDS) ? live(ctx, PHONE_INQUIRY) : undefined;
  return q ? [q] : [];
}

// "您开通了抖音电商直播", "你实名开通了一份百万保险业务", "您的账号办理了商城代理会员业务".
const OPENED = new RegExp(
  `(你|您)${S}{0,12}?(开通了|开通的|办理了|办理的|开启了|订阅了|成功开通|成功办理|升级成|升级为)${S}{0,16}?(业务|服务|会员|保险|险|直播|功能|权限|代理)`,
);
// ... which will be charged: "每个月会从您账户扣除", "今天开始扣费", "将于近期扣款", "每年缴纳
// 会员费7200元".
const CHARGED = /扣费|扣款|扣除|扣钱|(收取|缴纳)[^。!?！？\n]{0,6}?费/;
// ... by the month or the year, a sum named: "会员费是500元一个月", "每年缴纳会员费7200元". A fee
// that large, announced for a service the reader never chose, is the same script before the
// caller offers to cancel it.
const RECURRING = new RegExp(
  `(每年|每月|每个月|包月|包年)${S}{0,8}?[0-9]+\\s*(元|块)|[0-9]+\\s*(元|块)${S}{0,2}?(一|每)个?(月|年)`,
);
// ... unless the caller cancels it: "如不取消", "可以帮您取消", "你还要不要使用".
// A notice's own "如需取消请回复…" is the service's route, not this.
const CANCEL =
  /如不取消|不取消的话|如果不取消|帮(您|你)取消|还要不要(使用|继续)|要不要(继续)?使用|问清楚/;
// The service's own place to turn it off: its app's settings, a counter, an opt-out reply.
const OWN_SETTINGS =
  /app|客户端|设置|我的-|我的→|营业厅|回复?t|退订|官方|95\d{3}|1008\d|10010|10000/;

/**
 * "我是抖音客服，您开通了直播带货服务，如不取消每月从您账户扣费": a paid service the reader never
 * opened, "cancelled" by the caller — who then walks the reader through a "refund" or a loan.
 * A real subscription is cancelled in its own app's settings, and no one calls to offer.
 */
export function fakeSubscription(ctx: Context): Pos[] {
  const t = ctx.text;
  if (!/扣|收取|缴纳/.test(t) || OWN_SETTINGS.test(t) || advert(ctx)) return [];
  const opened = live(ctx, OPENED);
  // "我帮你开通了视频会员": a friend who did it, telling the reader.
  if (!opened || /我(帮|给|替)(你|您)$/.test(t.slice(Math.max(0, opened.s - 3), opened.s + 1)))
    return [];
  const charged = live(ctx, CHARGED, opened.s);
  const cancel = live(ctx, CANCEL) || live(ctx, RECURRING, opened.s);
  return charged && cancel ? [opened, charged, cancel] : [];
}

// ---- fake_reward

// "您累计的36280分2月9日作废", "您累計131580分…全部失效": points counted as "N分".
const POINTS_N = /(累计|剩余|可用|共有|现有)的?[^。!?！？\n]{0,3}?[0-9][0-9,]{2,}\s*(积)?分/;
const LAPSES = /作废|失效|清零|过期|到期/;
const REDEEM = /点击|兑换|换取|领取|兑现/;

/** Points about to lapse, redeemed by opening what the message sends ("请及时点击换取"). */
export function pointsLapse(ctx: Context): Pos[] {
  const t = ctx.text;
  const pts = gateOpen(POINTS_N, t, '累计|剩余|可用|共有|现有') ? live(ctx, POINTS_N) : undefined;
  if (!pts) return [];
  const lapse = live(ctx, LAPSES, pts.e, Math.min(t.length, pts.e + 30));
  const redeem = lapse && live(ctx, REDEEM, lapse.e);
  // Redeemed in the carrier's or the bank's own app, with no link or number of the message's.
  const ownApp =
    (/app|客户端|手机银行|小程序|营业厅/.test(t) &&
      !ctx.entities.some(
        (e) => e.kind === 'link' || (e.kind === 'phone' && e.detail === 'mobile'),
      )) ||
    ctx.entitiesOf('link').some((e) => !!officialDomainOwner(e.value));
  return lapse && redeem && !ownApp ? [pts, lapse, redeem] : [];
}

// "您的号码已被《爸爸回来了》栏目组抽选为二等奖", "被央视栏目组抽取为场外幸运观众".
const SHOW_DRAW = new RegExp(
  `(栏目组|节目组|栏目|节目|春晚|央视|卫视)${S}{0,24}?(抽中|抽选|抽取|选中|选为|抽出|抽到)${S}{0,12}?(幸运|奖)`,
);
// "被系统抽中的幸运用户必须在本站领奖", "您已被系统确认为…中奖幸运用户": a draw the reader never
// entered, with a prize to claim.
const LUCKY = new RegExp(
  `(抽中|抽选|选中|被选为|确认为|选为)${S}{0,12}?(幸运用户|幸运观众|幸运号码|中奖用户|获奖用户|幸运者)`,
);
const CLAIM = /领奖|领取|兑奖|按照网站提示|按网站提示/;
// "100%中奖，点击链接即可参与".
const SURE_WIN = /100%中奖|百分之百中奖|人人中奖|必中大奖/;
// "领奖资格限制在两个小时内缴纳费用…缴纳您的2800元费用": the prize costs money to receive.
const PRIZE_FEE = new RegExp(
  `(领奖|兑奖|中奖|奖金|奖品)${S}{0,60}?(缴纳|交纳|支付|先交|需交|要交)${S}{0,16}?(费用|费|税|保证金)`,
);
const FEE_WEIGHT = /[0-9一二两三四五六七八九十百千万]+\s*(元|块)|(小时|分钟|天)内|限/;
const OWN_EVENT = /年会|本公司|我们公司|我司|单位|部门|门店|现场|店内|本店/;

// "您被选为二等奖幸运用户！您将获得惊喜奖金¥88000元": cash a stranger says the reader won.
const LUCKY_CASH = new RegExp(`(奖金|现金|奖励)${S}{0,8}?[0-9][0-9,]{3,}\\s*元`);
// "据彩票中心内部消息，××是本期特别号码，保证能中奖": inside tips on a draw.
const INSIDE_DRAW = new RegExp(
  `(内部消息|内幕|内部资料|内部人员)${S}{0,20}?(中奖|特别号码|特码|开奖|必中|稳中)|保证(能|可以)?中奖`,
);

export function fakeDraw(ctx: Context): Pos[] {
  const t = ctx.text;
  if (!/奖|幸运/.test(t) || advert(ctx) || OWN_EVENT.test(t)) return [];
  // The reader's number drawn, not the speaker's luck ("我被抽中幸运观众了").
  const show = live(ctx, SHOW_DRAW);
  if (show && /你|您|号码/.test(t.slice(sentenceBounds(ctx, show).s, show.e))) return [show];
  // A platform's own draw is claimed in its app.
  const lucky = /app|小程序|客户端/.test(t) ? undefined : live(ctx, LUCKY);
  const claim = lucky && live(ctx, CLAIM);
  if (lucky && claim) return [lucky, claim];
  const cash = lucky && live(ctx, LUCKY_CASH, lucky.s);
  if (lucky && cash) return [lucky, cash];
  const inside = live(ctx, INSIDE_DRAW);
  if (inside) return [inside];
  const sure = live(ctx, SURE_WIN);
  const link = sure && (linkAsks(ctx)[0] || ctx.entitiesOf('link').map((e) => ctx.entityPos(e))[0]);
  if (sure && link) return [sure, link];
  const fee = live(ctx, PRIZE_FEE);
  if (fee) {
    const b = sentenceBounds(ctx, fee);
    if (FEE_WEIGHT.test(t.slice(b.s, b.e))) return [fee];
  }
  return [];
}

// A refund "for a faulty product" that the reader is walked through: "产品质量有问题，我们愿意退款，
// 请按照我们的提示操作". Shops refund to the original payment from the order page.
const FAULTY = /质量(有)?问题|检测超标|不合格|有问题|破损|丢失|丢件|召回/;
const REFUND = /退款|赔偿|理赔|赔付|补偿|退费/;
const GUIDED =
  /按(照)?(我|我们)的(步骤|提示|指示|指引)|配合(我们|我)(进行)?操作|跟着我(操作|做)|按我说的(做|操作)/;
// "航班被取消，办理退改签可获赔偿": compensation for a cancelled trip, offered by message.
const TRIP_COMP = new RegExp(
  `(航班|机票|行程|车次|高铁)${S}{0,30}?(取消|延误|停飞|停运)${S}{0,30}?(可获|获得|领取|申请)?(赔偿|补偿|理赔|赔付)` +
    `|(退改签|改签|退票)${S}{0,6}?(可获|获得|领取|可得|即可获得)${S}{0,4}?(赔偿|补偿|理赔|赔付)`,
);
// "能退全额保费，只收少量服务费", "比正常退保多拿30%", "高额退回保险费的方式": an agent selling a
// way to get more of a premium back. Only the insurer refunds, under the policy's own terms.
const INSURANCE_BACK = new RegExp(
  `(全额|高额|多拿|多退)${S}{0,6}?(退保|退回|退还)` +
    `|(能|可以?|帮(你|您))(退|退回|退还)(全额|全部)(保费|保险费)` +
    `|(退保|退回保费|退回保险费)${S}{0,12}?(多拿|多退)` +
    `|(保险|退保)${S}{0,16}?(退费|退保)新(规定|政策|规)`,
);

// "航班被取消，请核实您的信息，拨打以下号码进行改签或退票": a cancelled trip rebooked through the
// number the message gives. Airlines and agencies name their own 95xxx line or app.
const TRIP_OFF = new RegExp(`(航班|机票|车次|高铁|行程)${S}{0,20}?(被取消|已取消|取消|停飞|停运)`);
const GIVEN_NUMBER = new RegExp(
  `(拨打|联系|致电|回拨)(以下|下方|如下|此|该|这个|短信中的?|本)(号码|电话)${S}{0,10}?(改签|退票|退款|理赔|赔偿|办理)`,
);
// "您的快件在分拣时受损了，麻烦加手机…确认下": a damaged parcel settled by adding a private
// contact — the "courier claims" script. Couriers settle claims in their own app.
const PARCEL_HURT = new RegExp(`(快件|快递|包裹|件)${S}{0,12}?(受损|破损|损坏|丢失|丢件|遗失)`);
const ADD_ME = new RegExp(`(加|添加)(一下)?(我|本人)?的?(手机|微信|qq|好友|联系方式)`);
// "进行退税申报，请扫描下方税务局二维码办理": money owed to the reader, claimed by scanning a code
// the message carries. Tax refunds are filed in the 个人所得税 app; subsidies at the office.
const OWED_TO_YOU = /退税|补贴|补助|补偿金|津贴|个税|工资薪金|社保|医保|公积金/;
const SCAN_TO_CLAIM = new RegExp(
  `扫(描|一扫|码)?(下方|以下|如下|此|这个|附件中?的?|图中的?)?${S}{0,8}?(二维码|码)${S}{0,8}?(办理|申报|领取|申请|登记|填写)`,
);

export function refundScripts(ctx: Context): Pos[] {
  const t = ctx.text;
  const tripOff = /航班|机票|车次|高铁|行程/.test(t) ? live(ctx, TRIP_OFF) : undefined;
  const given = tripOff && !/app|官网|官方|95\d{3}/.test(t) ? live(ctx, GIVEN_NUMBER) : undefined;
  if (tripOff && given) return [tripOff, given];
  const hurt = PARCEL_HURT.test(t) ? live(ctx, PARCEL_HURT) : undefined;
  const add = hurt && !/app|小程序|官方/.test(t) ? live(ctx, ADD_ME) : undefined;
  if (hurt && add) return [hurt, add];
  const scan =
    OWED_TO_YOU.test(t) && !/app|12366|gov\.cn/.test(t) ? live(ctx, SCAN_TO_CLAIM) : undefined;
  if (scan) {
    const b = sentenceBounds(ctx, scan);
    const owed = OWED_TO_YOU.exec(t.slice(b.s, b.e));
    if (owed) return [at(owed, b.s) as Pos, scan];
  }
  if (!/退|赔|补偿|理赔|保费|保险/.test(t)) return [];
  const official = /app|官网|官方|客户端|95\d{3}/.test(t);
  const guided = official ? undefined : live(ctx, GUIDED);
  const faulty = guided && live(ctx, FAULTY);
  const refund = faulty && live(ctx, REFUND);
  if (guided && faulty && refund && !ctx.has('OBLIGATION')) return [faulty, refund, guided];
  const trip = official ? undefined : live(ctx, TRIP_COMP);
  if (trip) return [trip];
  // The insurer's own cooling-off refund ("犹豫期内退保全额退还保费") is the policy's term.
  // ... and a premium at all: "提前还款手续费全额退还" is a lender's term, not a policy's.
  const back =
    /犹豫期|冷静期/.test(t) || !/保费|保险|退保|保单/.test(t)
      ? undefined
      : live(ctx, INSURANCE_BACK);
  return back ? [back] : [];
}

// ---- investment_lure

// A home job paid daily for easy work: "每千字30元，多劳多得，时间自由", "有手机便可/无费用，日结
// 150-300", "招聘网络打字员…工资日结". The opening of typing-job and task-rebate fraud: the first
// small payouts are real, the "deposit" or "big task" comes next. An employer's own ad for
// shifts ("招聘兼职客服，在家就能做，日结150元") names the job, not a phone and a keyboard.
const DAILY_PAY = /日结|日赚|日薪|当天结算|当日结算|当天到账/;
const PHONE_WORK =
  /有手机(就|便)?(可以?|能做|行)?|手机(就|便)(可以?|能做|行)|打字员|码字|打字|抄写|手工活/;
const PIECE_PAY = /每?千字[0-9]+元|[0-9]+字[0-9]+元|多劳多得/;
const FREE_TIME = /时间自由|时间不限|自由安排|时间灵活/;

export function jobLure(ctx: Context): Pos[] {
  if (ctx.debtTalk) return [];
  const daily = live(ctx, DAILY_PAY);
  const phone = daily && live(ctx, PHONE_WORK);
  const piece = live(ctx, PIECE_PAY);
  if (daily && phone) return piece ? [daily, phone, piece] : [daily, phone];
  const free = piece && live(ctx, FREE_TIME);
  return piece && free ? [piece, free] : [];
}

// "我掌握赌博平台后台，跟着做能赚钱": a "backdoor" or a "flaw" in a platform that makes following
// the speaker a sure win — the betting and pig-butchering pitch.
const BACKDOOR = new RegExp(
  `(掌握|破解|发现|知道|有)${S}{0,10}?(后台|漏洞|内幕|规律|bug)${S}{0,12}?(赚钱|稳赚|跟着(我)?(做|买|投|下注)|带你)`,
);

// "充值1000返1200", "投5000赚8000": more back than was paid in, promised up front.
const REBATE =
  /(充值|充|投入|投|存入|存|入金)\s?([0-9]+(\.[0-9]+)?)\s?(万|千)?\s?(元|块)?[，,\s]*(返|送|得|赚|回|提现|拿)\s?([0-9]+(\.[0-9]+)?)\s?(万|千)?/g;
// "老师带你炒股，内部消息，一周翻倍": a "teacher" leading the reader's trades, with a return.
const TEACHER = new RegExp(
  `(老师|导师|大师|专家|分析师)${S}{0,4}?带(你|您|大家)${S}{0,4}?(炒股|炒币|投资|理财|赚钱|做单|上车|买股)`,
);
const RETURN = /翻倍|内部消息|内幕|稳赚|稳赢|收益|涨停|牛股|回报|不赔|保本/;

function amount(n: string, unit: string | undefined): number {
  return Number(n) * (unit === '万' ? 10000 : unit === '千' ? 1000 : 1);
}

export function backdoorPitch(ctx: Context): Pos[] {
  const m = live(ctx, BACKDOOR);
  if (m) return [m];
  const t = ctx.text;
  REBATE.lastIndex = 0;
  if (gateOpen(REBATE, t, '充|投|存|入金'))
    for (let x = REBATE.exec(t); x; x = REBATE.exec(t)) {
      const p = { s: x.index, e: x.index + x[0].length };
      // A shop's "充100送20" gives a bonus; only the lure pays back more than was put in.
      if (amount(x[7], x[9]) > amount(x[2], x[4]) && !ctx.negated({ cls: 'NEG', ...p }, 6))
        return [p];
    }
  const teacher = live(ctx, TEACHER);
  const ret = teacher && live(ctx, RETURN);
  return teacher && ret ? [teacher, ret] : [];
}

// ---- credit_repair

// "您的征信有逾期记录，我们可以帮您内部处理删除", "用法律消除不良记录": removal of a credit record
// offered to the reader. No one can remove a true record; a wrong one is disputed for free.
const REMOVE_FOR_YOU = new RegExp(
  `(帮|替|为)(你|您)${S}{0,8}?(删除|消除|清除|洗白|抹掉|删掉|撤销)|(用|通过|走)法律(手段|途径|程序)?${S}{0,4}?(消除|删除|清除|洗白)`,
);
const CREDIT_WORDS = /征信|信用记录|信用报告|逾期记录|不良记录|黑名单|失信/;

export function removalOffer(ctx: Context): Pos[] {
  const t = ctx.text;
  if (!CREDIT_WORDS.test(t)) return [];
  const m = live(ctx, REMOVE_FOR_YOU);
  // "已为您删除该笔错误记录": the lender's own correction after a dispute, done.
  if (!m || /(已|已经)$/.test(t.slice(Math.max(0, m.s - 3), m.s))) return [];
  return [m];
}

// ---- advance_fee

// "为您办了这么大一笔数额，得给我个人点好处费": the loan agent's own cut, asked of the borrower.
const KICKBACK = new RegExp(
  `(给|付|交)(我|他|经理)(个人)?${S}{0,4}?(好处费|辛苦费|感谢费|红包|回扣|茶水费)`,
);

export function kickback(ctx: Context): Pos[] {
  const m = /贷|款|额度|数额|办/.test(ctx.text) ? live(ctx, KICKBACK) : undefined;
  return m ? [m] : [];
}

// "帮你把网贷利息降到一分以下，先交服务费": a loan or a lower rate offered, paid for first. No
// lender charges before it lends.
const FEE_FIRST = new RegExp(
  `(先|提前|需要先|要先|必须先)(交|付|缴|缴纳|支付|转)${S}{0,6}?(服务费|手续费|保证金|押金|会员费|工本费|费用|定金|订金)`,
);
// "你的借款资料有误，需要打一笔钱验证": money the reader is to send to "verify" or "unlock". A
// lender's own check sends a cent to the reader ("我们会向您的卡打一笔小额款项").
const PAY_TO_VERIFY = new RegExp(
  `(需要|请|必须|要|得)(你|您)?(先)?(打|转|存|汇|充)(入)?(一笔|一点|部分)?[0-9一二两三四五六七八九十百千万]*(元|块)?(钱|款|资金)?${S}{0,4}?(验证|核验|证明|激活|解冻|解锁|刷新|验资)`,
);

export function paidFirst(ctx: Context, offers: Pos[]): Pos[] {
  const t = ctx.text;
  const offer = offers[0];
  const fee = offer && live(ctx, FEE_FIRST);
  if (offer && fee) return [offer, fee];
  if (!/贷|借|额度|放款|提现/.test(t)) return [];
  const pay = live(ctx, PAY_TO_VERIFY);
  return pay &&
    !/(我们|我司|平台)(会|将)?(向|给)(你|您)$/.test(t.slice(Math.max(0, pay.s - 8), pay.s))
    ? [pay]
    : [];
}

// ---- service_suspension

// "你家水费已欠费，限1—2小时内交费，否则将被强制停水": a utility cut off within hours unless paid
// now. Utilities give days of notice and take payment in their own app or counter.
const CUT_OFF = /停水|停电|停气|断水|断电|断气|终止供水|停止供水|停止供电|终止供电/;
const HOURS =
  /([0-9一二两三半]([—\-–~至到][0-9一二两三])?)\s*个?小时(内|之内)|[0-9一二三四五六七八九十]+\s*分钟(内|之内)/;

export function utilityCountdown(ctx: Context): Pos[] {
  // A planned repair ("2小时内停水检修") asks nothing; the script wants a bill paid now.
  const owed = /欠费|未缴|未交|逾期|交费|缴费|缴纳/.test(ctx.text);
  const cut = owed && CUT_OFF.test(ctx.text) ? live(ctx, CUT_OFF) : undefined;
  const hours = cut && live(ctx, HOURS);
  return cut && hours ? [hours, cut] : [];
}

// "您的中行卡即将过期，请尽快登入XX网址进行升级", "银行卡扣除年费或密码到期需要升级": a card,
// e-banking or its password "expiring" and to be "upgraded". Banks mail a new card; they upgrade
// nothing through a message.
const CARD_LAPSE = new RegExp(
  `(卡|网银|u盾|密码器|密码|数字证书)${S}{0,10}?(过期|到期|失效|年费)${S}{0,24}?(升级)`,
);

// "您的ETC认证已过期，请点击链接更新", "电子社保卡已失效，请点击下方链接重新激活": a public
// service's credential "lapsed", renewed through a link the message sends. The offices renew in
// their own app, at the counter, or not at all (a social-security card does not expire by SMS).
const PUBLIC_CARD = /etc|医保|社保|公积金|驾驶证|驾照|行驶证|养老金|电子社保卡/;
const PUBLIC_LAPSE = new RegExp(
  `(etc|医保|社保|公积金|驾驶证|驾照|行驶证|养老金)${S}{0,10}?(已过期|已失效|已到期|即将过期|即将失效|即将到期|过期|失效)`,
);
const RENEW = /更新|认证|激活|升级|重新|办理|延期|核验/;

// "你的社保未报备，请1月27号前至某网站报备，未报备将会注销社保", "医保卡…提交至××××网址补充签署，
// 未补充将清除账户": a public card to be cancelled or wiped unless the reader files something on a
// website the message names. Offices do not cancel social security over a form on a website.
const PUBLIC_LOSS = /注销|清除(账户|账号|帐户)|限制使用|停用|冻结/;
const SITE_GIVEN = /(至|到|登录|登入|登陆|进入|访问)[^，,。!?！？]{0,6}?(网站|网址|链接)/;

function publicLoss(ctx: Context): Pos[] {
  const loss = live(ctx, PUBLIC_LOSS);
  const site = loss && live(ctx, SITE_GIVEN);
  return loss && site ? [loss, site] : [];
}

export function publicLapse(ctx: Context): Pos[] {
  const t = ctx.text;
  if (
    !PUBLIC_CARD.test(t) ||
    /网点|柜台|营业厅|服务大厅|app|客户端|12123|12333|12329|gov\.cn/.test(t)
  )
    return [];
  const lapse = live(ctx, PUBLIC_LAPSE);
  if (!lapse) return publicLoss(ctx);
  const link = linkAsks(ctx).find((p) => p.s >= lapse.s);
  const concrete = ctx
    .entitiesOf('link')
    .find((e) => !officialDomainOwner(e.value) && ctx.entityPos(e).s >= lapse.s);
  const route = link || (concrete ? ctx.entityPos(concrete) : undefined);
  if (!route) return publicLoss(ctx);
  const b = sentenceBounds(ctx, route);
  return RENEW.test(t.slice(b.s, Math.min(t.length, b.e + 8))) ? [lapse, route] : [];
}

// "您的网银将于次日失效，请即时登陆进行实名补录", "手机银行将于今日过期，请登入我行手机网激活":
// e-banking, its key or certificate about to lapse, and the fix a log-in the message sends the
// reader to (the address dropped by the quote) to re-register, activate or "补录" details. Banks
// renew a certificate in their own app or at the counter; nobody re-activates a bank by SMS.
const EBANK_LAPSE = new RegExp(
  `(网银|网上银|手机银|电子银行|密码器|u盾|数字证书|(你|您)的卡|工行卡|建行卡)${S}{0,12}?(失效|过期|到期|冻结|停用)`,
);
const EBANK_FIX = new RegExp(
  `(登录|登入|登陆)${S}{0,12}?(激活|补录|实名|认证|升级|更新|维护)` +
    `|(手机网|管理网站|我行网址|我行网站|手机网站)|(手机|即时|及时|速|立即)(登录|登入|登陆)`,
);

export function cardUpgrade(ctx: Context): Pos[] {
  // "请到网点升级", "在手机银行App更新": the bank's own place.
  if (/网点|柜台|营业厅|app|客户端|95\d{3}/.test(ctx.text)) return [];
  const m = live(ctx, CARD_LAPSE);
  if (m) return [m];
  // "U盾证书将于7月1日到期，请登录网上银行更新证书": the bank's own e-banking named as the place.
  if (/(登录|登入|登陆)(您的)?(个人|企业)?(网上银行|网银|手机银行)/.test(ctx.text)) return [];
  const lapse = live(ctx, EBANK_LAPSE);
  const fix = lapse && live(ctx, EBANK_FIX);
  return lapse && fix && fix.s > lapse.s ? [lapse, fix] : [];
}

// ---- pay_to_unofficial_account

// "立即找到柜员机，启动银行卡防火墙程序": the reader sent to a cash machine to run a step that
// exists nowhere — there the "protection" turns out to be a transfer.
const ATM_STEP = new RegExp(
  // ... or to cancel, release or set something there ("到ATM执行取消流程", "解除分期设定"): a
  // machine that pays out cash cancels nothing.
  `(柜员机|取款机|提款机|atm|自助机)${S}{0,16}?(防火墙|安全账户|保护程序|加密保护|启动(保护|防护)|取消|解除|设定|流程|指令|执行)` +
    `|(银行卡|账户|资金)${S}{0,4}?防火墙`,
);

export function atmStep(ctx: Context): Pos[] {
  const m = live(ctx, ATM_STEP);
  // "手机ATM", "掌中ATM": an app's name, not a machine the reader is sent to.
  return m && !/(手机|掌中|网络|网上|云端?)$/.test(ctx.text.slice(Math.max(0, m.s - 2), m.s))
    ? [m]
    : [];
}
