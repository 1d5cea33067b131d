// Thirteenth round: frames written from principles, meant to reach sources no rule was written
// on. Each needs a persona and an ask (or an unasked money-back offer) within a short window of
// sentences, from wide sets of each, never one fixed phrase.
//   staffTrouble: someone speaking for a service (客服, 工作人员, a bank, a platform, a courier)
//     raises a problem on the reader's side (an account "异常", a parcel held, a rate "过高", a
//     student account never closed) and has the reader act with them (配合, 提供, 下载, 转 …),
//     or offers money back for it. Real services raise such problems in their own app or on
//     their own line, and a debt call names the debt, not an alarm.

import type { Context } from '../engine/context';
import { authorityPersona, warnedOf } from '../engine/frames';
import { live, sentences, sentenceWindow, type Pos } from './scripts6';

const S = '[^。!?！？\\n]';

// The speaker presents themself as a service's staff: "我是XX银行的客服", "这里是快递客服中心",
// "我们这边是平台风控部". Or speaks for the service's checks: "我们检测到", "系统显示您".
const STAFF = new RegExp(
  `(我是|我们是|这里是|这边是|我这边是|我这里是|本人是)(来自)?[^。!?！？\\n,，]{0,14}?` +
    '(客服|工作人员|专员|客户经理|经理|顾问|代表|服务中心|客户中心|银行|金融|平台|快递|物流|速递|邮政|售后|商家|店铺|风控|法务|运营商|移动公司|联通|电信)' +
    '|(我们|我方|我司|我行|平台|系统|后台)(这边)?(检测|监测|发现|注意|查询|核查|查)到(了)?(您|你)' +
    '|(系统|后台|这边)(显示|提示)(您|你)' +
    // ... or offers to sort the reader's problem out for them: "我们帮你处理", "我来帮您解除".
    '|(我们|我|我方)(这边)?(来|会|可以)?(帮|替|为)(你|您)(处理|解决|操作|办理|解除|注销|恢复|关闭|取消)' +
    // ... or speaks for "our" platform, shop or company: "在我们平台", "我们这边操作失误".
    '|(我们|我方|我司)(的)?(平台|公司|商城|店铺|银行|app)|(我们|我方)这边(操作|系统|工作人员)' +
    // ... or has the reader work with "us": "需要您配合我们进行处理".
    '|配合我们|(您|你)的(订单|账户|账号)(被)?(误|错误地?)(设|设置|设定|开通|升级|列)',
);
// A problem on the reader's side, now, with something that holds money or identity (not "您家的
// 水表有问题": a plumber's call), and not a debt: a debt call names the debt.
const TROUBLE = new RegExp(
  `(您|你)(的|名下的?|在[^。!?！？\\n]{0,8}?的|之前|曾经|有一?(个|份|笔))?${S}{0,8}?` +
    '(账户|账号|帐户|帐号|银行卡|信用卡|储蓄卡|卡号|(您|你)的卡|包裹|快递|快件|订单|货款|商品|额度|贷款|借款|征信|信用|花呗|白条|借呗|微信|支付宝|零钱|余额|钱包|资金|交易|付款|支付|身份证|身份|信息|资料|手机号|号码|会员|保险|社保|医保|公积金|网贷|平台)' +
    `${S}{0,12}?` +
    '(异常|(出现|发现|遇到|存在|有|涉及)(了)?(一些|一点|点|个|一个|一笔)?(小)?(问题|状况|风险|隐患)|风险|冻结|扣留|滞留|违禁|违规|被盗|盗刷|冒用|盗用|过高|不符|有误|错误|失败|未注销|没有注销|需要注销|降额|失效|超标|涉嫌|额度(被)?(降低|下调|降|冻结|关闭|清零|取消)|被(降低|下调|调低)|受限|被限制|封号|封停|停用|扣费|扣款|不合规|不规范|异地登录|恶意登录|非法登录|学生(身份|账户|账号)|校园贷|(误|错误地?)(设|设置|设定|操作|开通|升级|列)(为|成)?|重复扣款|自动扣费)' +
    // "有人用你的身份信息在我们平台借了款": someone else using the reader's name.
    '|有人(用|冒用|盗用|以)(了)?(你|您)的?(身份|名义|信息|账户|账号|手机号|银行卡)',
);
// Everyday staff whose problems are not money's: HR, the building, a school, a clinic.
const EVERYDAY = /人事|物业|学校|老师|医院|诊所|社区|居委|前台|食堂|宿舍|班级|工地|车间|办公室/;
// With a debt in sight only problems a real lender never raises count: a "student" account to
// close, a limit cut, a rate "too high", a record or a loan "abnormal", details "wrong", someone
// else's use of the reader's name — not a freeze, a stop or a fee, which follow an overdue debt.
const LOAN_SCRIPT =
  /征信|注销|学生|校园|降额|额度(被)?(降低|下调|降)|被(降低|下调|调低)|过高|异常|不符|有误|错误|违规|涉嫌|冒用|盗用|被盗|盗刷|不合规|不规范|有人/;
// "您的账户存在逾期风险", "将会出现异常": the debt itself, or a consequence announced.
const DEBT_OR_LATER = /逾期|欠款|未还|拖欠|将|会|可能|否则|以免|避免/;
// ... and the reader is to act with the caller: cooperate, hand over details, install, pay.
const ACT = new RegExp(
  `(需要|需|请(?!问)|麻烦|要|得|必须|务必|配合我们|帮助我们)(您|你)?${S}{0,10}?` +
    '(配合|协助|提供|告诉|告知|核实|核对|验证|认证|处理|操作|办理|下载|安装|打开|开启|共享|转账|转到|转入|汇款|缴|交|支付|付款|填写|登记|添加|加一下|联系|点击|进入|注销|解除|关闭|取消|更新|恢复|提升|调整|修复)' +
    '|需要(您|你)的(帮助|配合|协助)',
);
// ... or money is offered back for it, unasked: "只能先将货款退给您", "给您双倍赔偿".
const GIVE_BACK = new RegExp(
  `(退|赔|返|打)(还|回)?给(您|你)|(给|为|帮)(您|你)${S}{0,8}?(退款|退费|赔偿|理赔|补偿|赔付|退还|退回)|(双倍|三倍|多倍|加倍)(的)?(赔偿|理赔|退款|补偿)`,
);
// The fix goes through the service's own channels: what a real alert says.
const OWN_ROUTE =
  /官方(app|客服|网站|渠道|热线|电话)|官网|网点|柜台|营业厅|服务大厅|办事大厅|窗口|携带|手机银行|app内|卡背面|背面的?(客服)?电话|9[56]\d{3}|本行客服|拨打本行|(在|通过|登录)[^。!?！？\n]{0,8}?(app|小程序)/;
// The reader's own request answered: "您申请的退款", "您反馈的问题".
const OWN_ASK =
  /(您|你)(申请|反馈|反映|投诉|提出|咨询)的|退款成功|已(经)?(为您|给您)?(退款|到账|退回)/;

/** A service's staff raises a problem on the reader's side and has the reader act with them. */
export function staffTrouble(ctx: Context): Pos[] {
  const t = ctx.text;
  if (OWN_ROUTE.test(t) || OWN_ASK.test(t) || ctx.has('SAFE_CODE')) return [];
  // A police, court or regulator persona is staff too ("我是市公安局的民警，你的身份证被人冒用了").
  const staff = live(ctx, STAFF) || authorityPersona(ctx)[0];
  if (!staff || warnedOf(ctx, staff) || EVERYDAY.test(t.slice(staff.s, staff.e))) return [];
  // The window: the persona's sentence and the three after it, and the one before, since the
  // problem may come just before the persona ("有人用你的身份信息在我们平台借了款").
  const w = sentenceWindow(ctx, staff, 1, 3);
  if (!w) return [];
  const from = w.s;
  const end = w.e;
  const trouble = live(ctx, TROUBLE, from, end);
  if (!trouble) return [];
  const tw = t.slice(trouble.s, trouble.e);
  if (ctx.debtTalk && (!LOAN_SCRIPT.test(tw) || DEBT_OR_LATER.test(tw))) return [];
  const ask =
    live(ctx, ACT, from, end) ||
    live(ctx, GIVE_BACK, from, end) ||
    ctx.all('PRIVATE_CHANNEL').find((h) => h.s >= from && h.s < end && !ctx.negated(h, 6));
  // An authority need not ask yet: saying the reader's things are misused is the opening.
  if (!ask && !AUTH.test(t.slice(staff.s, staff.e))) return [];
  return [staff, trouble, ask || trouble];
}

// Who only opens a case by phone: police, courts, prosecutors, regulators.
const AUTH = /公安|警|派出所|法院|法官|检察|监管|银监|银保监|证监|人民银行|央行|征信中心|反诈/;

// "您的订单异常，需要办理退款，请添加客服QQ": with no persona, a problem of the reader's, money
// back for it and a private account to claim it on.
export function troubleRefundPrivate(ctx: Context): Pos[] {
  const t = ctx.text;
  if (ctx.debtTalk || OWN_ROUTE.test(t) || OWN_ASK.test(t)) return [];
  const priv =
    ctx.all('PRIVATE_CHANNEL').find((h) => !ctx.negated(h, 6)) ||
    live(
      ctx,
      /(加|添加|联系)[^。!?！？\n,，]{0,6}?(qq|微信|vx|line)(?!支付|钱包|零钱|公众号|小程序)/,
    );
  if (!priv) return [];
  const trouble = live(ctx, TROUBLE);
  const back = trouble && (live(ctx, GIVE_BACK) || live(ctx, /退款|理赔|赔偿|退费|补偿/));
  return trouble && back && !warnedOf(ctx, trouble) ? [trouble, back, priv] : [];
}

// A card, an account or a pass of the reader's to update, sign or verify on a site the message
// points to, or lost when not done by a date: "医保账户需要更新，请于×月×日点击网址进行更新",
// "已限制使用，请在10月22日前签署，未签署将清除账号". Offices have this done at a counter or in
// their own app, never through a link in a text.
const HOLDING =
  /医保|社保|公积金|养老金|etc|高速|e卡|通行卡|驾驶证|驾照|行驶证|个税|账户|账号|帐户|帐号|银行卡|信用卡|储蓄卡|会员/;
const RENEW = /更新|升级|认证|验证|签署|激活|重新绑定|核验|登记|备案|解除限制|解绑/;
const SITE = /(点击|打开|登录|登陆|登入|进入|访问)[^。!?！？\n]{0,6}?(网址|链接|网站|网页)/;
const UNLESS = new RegExp(
  `未(按时)?(签署|更新|认证|验证|办理|激活|升级|核验)${S}{0,4}?(将|会|就)${S}{0,4}?(清除|注销|停用|冻结|失效|作废|封停|清零|关闭)`,
);

export function renewOnSite(ctx: Context): Pos[] {
  const t = ctx.text;
  if (OWN_ROUTE.test(t) || /gov\.cn/.test(t)) return [];
  const held = live(ctx, HOLDING);
  if (!held) return [];
  const renew = live(ctx, RENEW, held.s);
  if (!renew) return [];
  const how = live(ctx, SITE) || live(ctx, UNLESS);
  return how && !warnedOf(ctx, held) ? [held, renew, how] : [];
}

// "请你到其他网贷平台把额度都借出来，证明你的资金流动", "去别的app借一笔转进来验证": loans taken
// elsewhere to "prove" repayment ability or unfreeze a payout. No lender asks for another's loan.
const ELSEWHERE =
  /(其他|其它|别的|各大|多个|另外的?|几个)(的)?(网贷|贷款|借贷)?(平台|app|软件|网贷)/;
const BORROW_THERE = /借|贷|套现|额度/;
const TO_PROVE = /证明|验证|流水|资金流动|还款能力|解冻|激活|刷|转(进|入|到|给)|打(进|到|给)/;

export function borrowToProve(ctx: Context): Pos[] {
  const t = ctx.text;
  const where = live(ctx, ELSEWHERE);
  if (!where || warnedOf(ctx, where)) return [];
  const b = sentences(ctx).find((x) => x.e > where.s);
  if (!b) return [];
  const seg = t.slice(where.e, b.e);
  const borrow = BORROW_THERE.exec(seg);
  const prove = borrow && TO_PROVE.exec(seg.slice(borrow.index + 1));
  if (!borrow || !prove) return [];
  // Asked of the reader: "你", "请", "需要" in the sentence.
  if (!/你|您|请|需要|必须|得/.test(t.slice(b.s, b.e))) return [];
  const at = where.e + borrow.index + 1 + prove.index;
  return [where, { s: at, e: at + prove[0].length }];
}

// "你先按我说的操作", "跟着我的步骤来", "我一步步指导您操作": the reader's phone worked by the
// caller's voice, in talk of money or accounts — the same control as a shared screen.
const GUIDED =
  /(按|按照|照|根据)(我|我们)(说|讲|教|指导|提示|指示|发)?的?(步骤|流程|方法|要求|提示)?(去|来)?(操作|做|办|点|来)|跟着我(的)?(步骤|提示|指示)?(操作|做|点|来)|我(来)?(一步步|一步一步|逐步)?(指导|教|带)(你|您)(操作|做|办理|点)/;
const MONEY_TALK =
  /退|赔|账户|账号|钱|额度|贷|借|支付宝|微信|银行卡|转账|验证码|款|保证金|注销|征信/;

export function guidedOperation(ctx: Context): Pos[] {
  const t = ctx.text;
  if (!MONEY_TALK.test(t) || OWN_ROUTE.test(t)) return [];
  const g = live(ctx, GUIDED);
  return g && !warnedOf(ctx, g) ? [g] : [];
}

// "放款失败，卡号异常需解冻": a payout that failed, and money to be "unfrozen" — the opening of
// the unfreezing-fee script before the fee is named. A real lender that fails to pay out asks
// for the card to be bound again in its app, and never unfreezes anything.
const PAYOUT_FAILED = /(放款|下款|提现|到账|出款|打款)(失败|不成功|未成功|被冻结|冻结)/;
const UNFREEZE = /解冻/;

export function failedPayout(ctx: Context): Pos[] {
  const t = ctx.text;
  if (OWN_ROUTE.test(t) || !UNFREEZE.test(t)) return [];
  const fail = live(ctx, PAYOUT_FAILED);
  const thaw = fail && live(ctx, UNFREEZE);
  return fail && thaw && !warnedOf(ctx, fail) ? [fail, thaw] : [];
}

// "借用你的名义帮我转下款，钱先打到你账户上", "不方便以我的名义转出，用你账户转一下": the reader's
// name or account lent for someone else's transfer — the fake boss's or friend's pass-through,
// and the way money mules are recruited. No one with a real account needs the reader's.
const LEND_NAME = new RegExp(
  `(借用|用|以)(一下)?(你|您)的?(名义|身份)${S}{0,12}?(转|借|贷|收|汇|打|办)` +
    `|(用|借用|借)(一下)?(你|您)的?(账户|账号|银行卡|卡|支付宝|微信)${S}{0,6}?(转|收|汇|打|过)(一下|下|个|一笔|笔)?(款|钱|账)?`,
);

export function lentAccount(ctx: Context): Pos[] {
  const t = ctx.text;
  if (!/名义|身份|账户|账号|卡|支付宝|微信/.test(t)) return [];
  const m = live(ctx, LEND_NAME);
  // "您使用您的银行卡转账时…", "请勿用您的账户为他人转账": a bank describing or warning.
  if (!m || warnedOf(ctx, m) || /[使勿]$/.test(t.slice(Math.max(0, m.s - 1), m.s))) return [];
  return [m];
}
