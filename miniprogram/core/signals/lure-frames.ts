// Frames of the phishing notice: an offer or an alarm (a loan approved, a limit raised, an
// account "abnormal", a refund owed) joined to a route off the institution's own app — a link
// to open, a reply to send, a person or a number to call. Neither half is a scam alone: banks
// raise limits and report odd logins; the route they give is their own app or 95xxx line.
// Quoted scam texts often drop the URL ("请点击链接完成验证"), so the ask to open one counts.

import type { Context } from '../engine/context';
import { globalOf, recorded, sentenceOf } from '../engine/frames';

export interface Pos {
  s: number;
  e: number;
}

function all(re: RegExp, t: string): Pos[] {
  const out: Pos[] = [];
  const g = globalOf(re);
  for (let m = g.exec(t); m; m = g.exec(t)) {
    out.push({ s: m.index, e: m.index + m[0].length });
    if (m[0].length === 0) g.lastIndex++;
  }
  return out;
}

const STOP = '[^。!?！？\\n]';

// "点击链接", "登入网址自助申请", "登录下列网址", "打开下方链接": the reader asked to open a link.
const LINK_ASK = new RegExp(
  `(点击|点开|点|打开|登录|登入|登陆|访问|进入|复制|通过|填写)(下方|以下|下列|下面|如下|此|该|这个|短信|我们的|我发的)?的?(链接|网址|网站|连结|链结|网页)` +
    `|(链接|网址|连结)${STOP}{0,4}?(申请|办理|领取|验证|认证|处理|查看|激活|解除|修改|填写|登记)` +
    `|点击(申请|办理|验证|认证|激活|领取|解除|处理|进入)` +
    `|(申请|领取|登记|验证|认证)(链接|网址|连结|网站)`,
);

/** Asks to open a link, whether or not the link survived the quote; not in a record. */
export function linkAsks(ctx: Context): Pos[] {
  const t = ctx.text;
  if (!/链接|网址|网站|连结|链结|网页|点击/.test(t)) return [];
  return all(LINK_ASK, t).filter(
    (p) => !recorded(ctx, p) && !/(不要|请勿|切勿|勿|别|不)$/.test(t.slice(p.s - 2, p.s)),
  );
}

// A loan or limit offered to the reader: "恭喜您获得…无抵押贷款额度", "诚邀您提升额度",
// "您的贷款申请已获批", "您有未激活的20万额度" — not "当前可用额度".
const LOAN_OFFER = new RegExp(
  `(恭喜|诚邀|邀请您|获得|已获|可提升|提升|提额|未激活|待领取|预授信|预审批|可申请)${STOP}{0,16}?(额度|贷款|借款|信用卡|白金卡)` +
    `|(额度)${STOP}{0,6}?(可提升|可以提升|提升至|提升到|提高到|可提高|已下发|待领取|未激活|未领取|待激活)` +
    `|(无抵押|低息|免息|免担保|无担保)${STOP}{0,4}(贷款|借款|放款)` +
    // "您的贷款已获批，回复Y领取": approval announced without the reader's own application named.
    `|(贷款|借款|额度)${STOP}{0,4}?(已获批|已批下|已下发|可领取)` +
    // "可以帮您把利息降到年化3.6%", "申请降低利息": a lower rate is the same offer.
    `|(降息|降低利息|降低利率|利率下调|下调利率|(利息|利率)${STOP}{0,4}?(降到|降至|降低到))`,
);

const APPROVAL = /申请[^。!?！？\n]{0,8}?(审核通过|审批通过|已通过|通过审核|获批|已批准|批准)/;

export function loanOffers(ctx: Context): Pos[] {
  const t = ctx.text;
  if (!/额度|贷款|借款|信用卡|白金卡|放款|利息|利率|降息/.test(t)) return [];
  // "您的借款申请已审核通过": the answer to the reader's own application, which lenders send
  // with their own link or app; it is not an offer made unasked.
  // A rate cut is an offer only to the reader ("您的借款可以降息"), not news ("央行宣布降息").
  return all(LOAN_OFFER, t).filter(
    (p) =>
      (!/降|下调/.test(t.slice(p.s, p.e)) || /您|你/.test(t)) &&
      !recorded(ctx, p) &&
      !ctx.negated({ ...p, cls: 'NEG' }, 4) &&
      !APPROVAL.test(sentenceOf(ctx, p)),
  );
}

// "如需办理回复Y", "回覆1": an answer by SMS as the way to take the offer ("回T退订" is not).
const REPLY_ASK = /(回复|回覆|回)\s*["“「'‘]?(y|是|1|好|办理|申请|数字)(?![a-z])/;
// "联系王经理", "找李专员": a named person as the route.
const PERSON =
  /(联系|找|致电|咨询|拨打|询问|加)[^。!?！？\n，,]{0,10}?[王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔汤](经理|专员|主管|老师|总)/;

const ADD_PRIVATE =
  /(加|添加)(一下)?(客服|专员|经理|顾问|老师|工作人员|我|我的)?的?(个人)?(微信|qq|vx|v信|企业微信)(?!支付|钱包|零钱|红包|公众号|小程序)/;

const CALL = new RegExp(
  `(按|拨打|致电|联系|详询|咨询)${STOP}{0,6}?(电话|号码|热线)|(电话|热线|详询|致电)[:：]?\\s*[0-9]`,
);

/** A concrete link in the message: the link rule judges it (unknown is not unofficial). */
export function hasLink(ctx: Context): boolean {
  return ctx.entities.some((e) => e.kind === 'link');
}

/**
 * The route the message gives for taking its offer, when it is not the institution's own: a
 * link to open whose address the quote dropped, a reply, a named person, a private channel,
 * or a mobile to call. A lender's own domain or landline hotline is unverified, not a route off
 * it: the channel rules judge those.
 */
export function offAppRoute(ctx: Context): Pos | undefined {
  const t = ctx.text;
  const link = hasLink(ctx) ? undefined : linkAsks(ctx)[0];
  if (link) return link;
  for (let i = 0, list = [REPLY_ASK, PERSON]; i < list.length; i++) {
    const re = list[i];
    const m = re.exec(t);
    if (m && !ctx.negated({ cls: 'NEG', s: m.index, e: m.index + m[0].length }, 4))
      return { s: m.index, e: m.index + m[0].length };
  }
  const priv = ctx.all('PRIVATE_CHANNEL').find((h) => !ctx.negated(h, 6));
  if (priv) return priv;
  // "添加客服微信办理", "加经理QQ": a private account asked for, its id left out of the quote.
  const add = ADD_PRIVATE.exec(t);
  if (add && !ctx.negated({ cls: 'NEG', s: add.index, e: add.index + add[0].length }, 4))
    return { s: add.index, e: add.index + add[0].length };
  // "请按短信中的电话联系" (the number cut from the quote), "详询 139…" (a mobile).
  const m = CALL.exec(t);
  if (m) {
    const after = t.slice(m.index + m[0].length - (/[0-9]$/.test(m[0]) ? 1 : 0));
    const d = ((/^[:：\s]*([0-9][0-9\- ]*)/.exec(after) || ['', ''])[1] || '').replace(/\D/g, '');
    if (!d.length || /^1[3-9]\d{9}$/.test(d)) return { s: m.index, e: m.index + m[0].length };
  }
  for (let i = 0, list = ctx.entities; i < list.length; i++) {
    const e = list[i];
    if (e.kind === 'qq' || e.kind === 'wechat_id' || (e.kind === 'phone' && e.detail === 'mobile'))
      return ctx.entityPos(e);
  }
  return undefined;
}

export { STOP };

// What a phishing link is said to settle: an account in trouble, a check to pass, a refund or
// compensation owed, a loan or a limit waiting. Repaying a bill is not on this list: lenders do
// send repayment links, and a reminder is judged by where it sends the money.
const ALARM_BAIT =
  '存在(风险|异常|问题|安全隐患)|出现(故障|异常|问题)|故障|异常|被盗|盗刷|被冻结|冻结|监管|风险';
const LINK_BAIT = new RegExp(
  ALARM_BAIT +
    `|身份验证|安全验证|身份认证|完成认证|完成验证|重新认证|重新验证|重新绑定|激活|解除|解冻|修改账户信息|更新信息` +
    `|退款|赔偿|理赔|退保|退费|退税|补贴|补助|津贴|普发|发放现金|领取现金|券包|免费领取`,
);
// A lender's own flow asks its borrowers to verify, activate or rebind through its link
// ("您的借款申请需补充资料，请点击链接完成认证"): about a loan, only an alarm is bait.
const LOAN_ALARM_BAIT = new RegExp(ALARM_BAIT);
const LOAN_TALK = /逾期|欠款|借款|贷款|应还|待还|还款|账单|额度|放款/;

/**
 * A registered marketing SMS (an opt-out line, "回T退订") advertises the sender's own offers: the
 * offer is its content, not bait. Alarms, fees, codes, threats and countdowns are bait in any SMS.
 */
export function advert(ctx: Context): boolean {
  return ctx.has('MARKETING') && !ctx.has('URGENT');
}

/** The bait of a phishing link in the same sentence as the ask, or anywhere before it. */
export function linkBait(ctx: Context, ask: Pos): Pos | undefined {
  const t = ctx.text;
  const n = t.length - 1;
  const sent = ctx.sentence[Math.min(ask.s, n)];
  let from = ask.s;
  while (from > 0 && ctx.sentence[from - 1] >= sent - 1) from--;
  let to = ask.e;
  while (to < t.length && ctx.sentence[to] === sent) to++;
  const seg = t.slice(from, to);
  const m = (LOAN_TALK.test(t) ? LOAN_ALARM_BAIT : LINK_BAIT).exec(seg);
  if (m) {
    const p = { s: from + m.index, e: from + m.index + m[0].length };
    if (!ctx.negated({ cls: 'NEG', ...p }, 6) && !recorded(ctx, p)) return p;
  }
  // A lender's own offer with its own link is judged by where the link goes.
  return hasLink(ctx) || advert(ctx) ? undefined : loanOffers(ctx)[0];
}

// What else a link can be the route to: a deadline with a consequence, a process against the
// reader, their credit record, a code to type in, money to a named account. "以免影响您的征信",
// "否则将冻结", "逾期未处理将起诉"; not "如有疑问" or a due date on its own.
const OR_ELSE =
  /否则|不然|以免|逾期未|如未|若未|再不|未按时|未及时|不处理将|将被|将会被|征信|信用记录|失信|黑名单|起诉|诉讼|律师|法务|法院|立案/;
// A sum to pay that is not the loan's own instalment: "支付2元运费", "缴纳300元保证金".
const FEE =
  /(支付|缴纳|缴费|补缴|交纳|付款)[^。!?！？\n]{0,4}?[0-9一二两三四五六七八九十百千万.]+\s*元|运费|关税|工本费|保证金|解冻费|激活费|认证费/;
// Something for the reader to collect: "点击…立即领取", "最高可借10万元", money waiting to be
// drawn ("公积金可提取", "余额可提现", a tax refund, a dividend).
const CLAIM =
  /领取|领奖|兑奖|兑换|申领|最高可(借|贷|提|申请)|可提取|余额可提现|退税|分红|返现|补助金/;
// A service of the reader's about to lapse, be charged or under a complaint ("ETC已过期",
// "额度即将到期", "会员将自动续费", "QQ被举报", "社保卡需要升级"), or a fix asked at the link
// ("点击 t.cn/… 延期", "如需取消请点击"). A loan or a bill falling due is a reminder, not this;
// an app that "已全新升级" or a renewal "已续费成功" asks nothing.
const LAPSE =
  /(已|即将|将要|将)(过期|失效|到期)|被举报|违规|将(自动)?(续费|扣费)|需要?(升级|更新)|如需(取消|关闭)/;
const FIX_AT_LINK = /^\s*(进行|完成|办理|立即)?(升级|延期|申诉|更新|取消|解除|恢复|修改)/;
const DUE_THING = /借款|贷款|账单|还款|应还|本期|分期|本息|欠款/;
// "Pay immediately", "立即处理": haste with no deadline or consequence is a reminder's tone too.
const NOW_ONLY = /^(immediately|right now|现在就|立即处理|立即联系|马上处理)$/;
const COUNTDOWN = /[0-9一二两三四五六七八九十半几]+\s*个?(小时|分钟)(内|之内)/;
const TYPE_SECRET = /(输入|填写|填入|提供|提交|告诉|告知|发送|回复|核对)[^。!?！？\n]{0,6}$/;
const EN_STAKES =
  /\b(fees?|payment failed|on hold|held|redeliver\w*|billing|customs|suspend\w*|block(ed)?|lock(ed)?|unusual|unauthori[sz]ed|compromised|verify|validate|update your|expir\w*|deactivat\w*|refund|prize|won|winner|reward|claim|bonus|gift|penalt\w*|fine|crb|credit (score|record|bureau)|legal|court|arrest|avoid|pin|otp|password)\b/;

// "完善资料即可申请借款": the lender inviting its own user to apply, with no sum, limit or
// approval claimed; "您有5万元额度待领取" claims something is waiting for the reader.
function invitation(ctx: Context, p: Pos): boolean {
  return (
    /^(可申请|提升)/.test(ctx.text.slice(p.s, p.e)) &&
    !/[0-9一二两三四五六七八九十百千万]+\s*(元|万|千)|额度|获批|已通过/.test(sentenceOf(ctx, p))
  );
}

function fixAtLink(ctx: Context): Pos | undefined {
  for (let i = 0, list = ctx.entitiesOf('link'); i < list.length; i++) {
    const e = list[i];
    const p = ctx.entityPos(e);
    const m = FIX_AT_LINK.exec(ctx.text.slice(p.e, p.e + 10));
    if (m) return { s: p.e, e: p.e + m[0].length };
  }
  return undefined;
}

/**
 * Why a link the directory does not know would matter to the reader (DESIGN.md: unknown is
 * not unofficial): the message raises an alarm, makes an offer, names a fee, a refund, a code
 * to enter, an account to pay into, or a consequence if the reader does not act. A lender's own
 * short link in a notice that only invites the reader to view or log in ("登录 t.cn/… 查看借款
 * 进度", "快速查账 …", "learn more bit.ly/…") has none: it stays unverified, and the reader is
 * told to open the lender's own app instead. Undefined when there is nothing at stake.
 */
export function linkStakes(ctx: Context): Pos | undefined {
  const t = ctx.text;
  const first = (re: RegExp, skip: (p: Pos) => boolean = () => false): Pos | undefined => {
    for (let i = 0, list = all(re, t); i < list.length; i++) {
      const p = list[i];
      if (!ctx.negated({ cls: 'NEG', ...p }, 6) && !recorded(ctx, p) && !skip(p)) return p;
    }
    return undefined;
  };
  const found = [
    'ALARM',
    'VERIFY_ACTION',
    'LOSS_THREAT',
    'FEE_ASK',
    'ADV_FEE',
    'BILL',
    'PAY_ACCOUNT',
    'PAY_ACCOUNT_WEAK',
    'REWARD',
    'URGENT',
  ] as const;
  for (let i = 0; i < found.length; i++) {
    const c = found[i];
    const h = ctx
      .live(c)
      .find((x) => !recorded(ctx, x) && !(c === 'URGENT' && NOW_ONLY.test(t.slice(x.s, x.e))));
    if (h) return h;
  }
  const secret = ctx
    .live('SECRET')
    .find((h) => !ctx.has('SAFE_CODE') && TYPE_SECRET.test(t.slice(Math.max(0, h.s - 8), h.s)));
  if (secret) return secret;
  const card = ctx.entitiesOf('bank_card')[0];
  if (card) return ctx.entityPos(card);
  return (
    first(LINK_BAIT) ||
    (advert(ctx) ? undefined : loanOffers(ctx).find((p) => !invitation(ctx, p))) ||
    first(FEE) ||
    (advert(ctx)
      ? undefined
      : first(
          LAPSE,
          (p) =>
            /到期|过期|失效/.test(t.slice(p.s, p.e)) &&
            DUE_THING.test(t.slice(Math.max(0, p.s - 10), p.s)),
        )) ||
    fixAtLink(ctx) ||
    (advert(ctx) ? undefined : first(CLAIM)) ||
    first(OR_ELSE) ||
    first(COUNTDOWN) ||
    (/[\u4e00-\u9fff]/.test(t) ? undefined : first(EN_STAKES))
  );
}
