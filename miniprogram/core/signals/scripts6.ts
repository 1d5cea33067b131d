// Sixth round (issue 8): telecom-fraud scripts the rules did not know, each as a behaviour — who
// the message claims to be or what it claims happened, joined to what the reader is then steered
// to do — never a lone cue word. Each function returns the spans' cores (empty: no such script);
// the signal rules named beside each add them to their own.
//   impersonation: the reader's card, ID, number or parcel said to be used in a crime; a "police"
//     inquiry held by phone; a claimed paid subscription the caller offers to cancel.
//   fake_reward: points "expiring" to redeem through the message; a TV show's draw; a prize that
//     costs money to receive; a refund walked through by a stranger; compensation for a
//     cancelled flight; an agent offering to get more of an insurance premium back.
//   investment_lure: a home job paid daily for easy work (the opening of task fraud).
//   service_suspension: a card or e-banking "expiring" that must be "upgraded".
//   pay_to_unofficial_account: the reader sent to a cash machine to run a "protection" step.

import type { Context } from '../engine/context';
import { recorded, sentenceBounds } from '../engine/frames';
import { advert, linkAsks } from './lure-frames';
import { officialDomainOwner } from '../directory/domains';

export interface Pos {
  s: number;
  e: number;
}

const S = '[^。!?！？\\n]';

function at(m: RegExpExecArray | null, base = 0): Pos | undefined {
  return m ? { s: base + m.index, e: base + m.index + m[0].length } : undefined;
}

/** First match of `re` in `t` that no negation ("不会", "从不", "请勿") precedes. */
function live(ctx: Context, re: RegExp, from = 0, to = ctx.text.length): Pos | undefined {
  const g = new RegExp(re.source, 'g');
  const t = ctx.text.slice(from, to);
  for (let m = g.exec(t); m; m = g.exec(t)) {
    const p = { s: from + m.index, e: from + m.index + m[0].length };
    if (!ctx.negated({ cls: 'NEG', ...p }, 6) && !recorded(ctx, p)) return p;
    if (m[0].length === 0) g.lastIndex++;
  }
  return undefined;
}

/** Each sentence of the text, as its bounds. */
function sentences(ctx: Context): Pos[] {
  const out: Pos[] = [];
  const n = ctx.text.length;
  for (let s = 0; s < n;) {
    const b = sentenceBounds(ctx, { s, e: s + 1 });
    out.push(b);
    s = Math.max(b.e, s + 1);
  }
  return out;
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
  for (const b of sentences(ctx)) {
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

// "由我们公安单位以电话录音的方式向你了解几个情况", "在电话里给你做个笔录": a police inquiry held by
// phone. Police question people in person, at the station.
const PHONE_INQUIRY = new RegExp(
  `(公安|警方|警察|民警|检察|法院|我们单位)${S}{0,12}?(电话录音|电话笔录|以电话|通过电话|在电话里|电话里|电话上)${S}{0,20}?(了解|询问|调查|笔录|核实|问话|取证)` +
    `|(电话|线上)(笔录|录口供|取证|审讯)`,
);
export function phoneInquiry(ctx: Context): Pos[] {
  const q = live(ctx, PHONE_INQUIRY);
  return q ? [q] : [];
}

// "您开通了抖音电商直播", "你实名开通了一份百万保险业务", "您的账号办理了商城代理会员业务".
const OPENED = new RegExp(
  `(你|您)${S}{0,12}?(开通了|办理了|开启了|订阅了|成功开通|成功办理)${S}{0,16}?(业务|服务|会员|保险|直播|功能|权限|代理)`,
);
// ... which will be charged: "每个月会从您账户扣除", "今天开始扣费", "将于近期扣款".
const CHARGED = /扣费|扣款|扣除|扣钱|收取[^。!?！？\n]{0,6}?费/;
// ... unless the caller cancels it: "如不取消", "可以帮您取消", "你还要不要使用".
// A notice's own "如需取消请回复…" is the service's route, not this.
const CANCEL =
  /如不取消|不取消的话|如果不取消|帮(您|你)取消|可以取消|是否取消|要不要(取消|使用|继续)|还要不要|问清楚/;
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
  if (!/扣|收取/.test(t) || OWN_SETTINGS.test(t) || advert(ctx)) return [];
  const opened = live(ctx, OPENED);
  if (!opened) return [];
  const charged = live(ctx, CHARGED, opened.s);
  const cancel = live(ctx, CANCEL);
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
  const pts = live(ctx, POINTS_N);
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
const OWN_EVENT = /年会|公司|单位|部门|门店|现场|店内/;

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

export function refundScripts(ctx: Context): Pos[] {
  const t = ctx.text;
  if (!/退|赔|补偿|理赔|保费|保险/.test(t)) return [];
  const official = /app|官网|官方|客户端|95\d{3}/.test(t);
  const guided = official ? undefined : live(ctx, GUIDED);
  const faulty = guided && live(ctx, FAULTY);
  const refund = faulty && live(ctx, REFUND);
  if (guided && faulty && refund && !ctx.has('OBLIGATION')) return [faulty, refund, guided];
  const trip = official ? undefined : live(ctx, TRIP_COMP);
  if (trip) return [trip];
  // The insurer's own cooling-off refund ("犹豫期内退保全额退还保费") is the policy's term.
  const back = /犹豫期|冷静期/.test(t) ? undefined : live(ctx, INSURANCE_BACK);
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

// ---- service_suspension

// "您的中行卡即将过期，请尽快登入XX网址进行升级", "银行卡扣除年费或密码到期需要升级": a card,
// e-banking or its password "expiring" and to be "upgraded". Banks mail a new card; they upgrade
// nothing through a message.
const CARD_LAPSE = new RegExp(
  `(卡|网银|u盾|密码器|密码|数字证书)${S}{0,10}?(过期|到期|失效|年费)${S}{0,24}?(升级)`,
);

export function cardUpgrade(ctx: Context): Pos[] {
  // "请到网点升级", "在手机银行App更新": the bank's own place.
  if (/网点|柜台|营业厅|app|客户端|95\d{3}/.test(ctx.text)) return [];
  const m = live(ctx, CARD_LAPSE);
  return m ? [m] : [];
}

// ---- pay_to_unofficial_account

// "立即找到柜员机，启动银行卡防火墙程序": the reader sent to a cash machine to run a step that
// exists nowhere — there the "protection" turns out to be a transfer.
const ATM_STEP = new RegExp(
  `(柜员机|取款机|atm|自助机)${S}{0,16}?(防火墙|安全账户|保护程序|加密保护|启动(保护|防护))` +
    `|(银行卡|账户|资金)${S}{0,4}?防火墙`,
);

export function atmStep(ctx: Context): Pos[] {
  const m = live(ctx, ATM_STEP);
  return m ? [m] : [];
}
