// Eighteenth round (issue 8): one-line Chinese scam scripts, as news and police bulletins quote
// them, that the rules read as `unrelated`. Each frame joins the parts of one behaviour — a
// persona or pretext and what the reader is then steered to do — with wide vocabularies for each
// part rather than one message's words:
//   zhImp18 (impersonation): a "new number" to save from someone who gives no name; a caller who
//     makes the reader guess who they are; the reader coached to lie at the bank; a regulator
//     calling in person; an account "at risk" fixed off the service's own channels; a card the
//     reader never had "overdrawn"; the caller's proof of being real; someone in trouble crying
//     for help; kin in trouble asking for money; a hijacked account's owner asking for a top-up.
//   zhInvest18: task pay advanced first; a sure gain and the reader asked in; a "teacher" leading
//     trades; an investment chance "about to close".
//   zhRepair18 / zhFee18 / zhCancel18 / zhApp18: a bad record removed for the reader; a lower
//     rate sold for a fee or over a private chat, a refund that needs a loan first; a credit line
//     "closed" for the reader; an app from outside the store.

import type { Context } from '../engine/context';
import { ownChannelsOnly, warnedOf } from '../engine/frames';
import { inSentence, live, livePair, sentenceWindow, type Pos } from './scripts6';

const re = inSentence;

// Told of, not offered: an anti-fraud note quoting the script.
const QUOTED = /诈骗|骗子|骗局|反诈|谨防|警惕/;

/** `a` live and not warned of, then `b` in `a`'s sentence or the next. */
const pair = (ctx: Context, a: RegExp, b: RegExp): Pos[] => livePair(ctx, a, b, 0, 1);

/** The first of `list` found live and not warned of. */
function first(ctx: Context, ...list: RegExp[]): Pos[] {
  for (let i = 0; i < list.length; i++) {
    const p = live(ctx, list[i]);
    if (p && !warnedOf(ctx, p)) return [p];
  }
  return [];
}

// ---- impersonation

// "我換號了,敬請惠存", "我已变更号码，请及时更新留存", "你把我新电话号码存好，明天见".
const NEW_NUM = re(
  '(换|改|变更|更换)了?个?(新的?)?(手机|电话)?(号码?|手机号)|我的?新(手机|电话)?号码?|(号码|手机号)已?(换|更换|变更)',
);
// ... and an insisted "一定存好" or a visit soon. Not "请惠存" or "收到请回复": people and
// offices announce a real new number that way ("各位亲友：本人手机号码已更换，请惠存新号码"), and a
// friend's "存一下哈" is not it either.
const SAVE = re('一定存好|(明天|后天|过几天)~{0,12}?(见|聚|[到去找]你)');
// A name given ("我是小李，换号了"), a business's own line, a service's confirmation.
const NAMED = /我[是叫][^你您,。!?]{1,4}[,。!\s]|客服|热线|公司|本店|验证码|成功|绑定/;
// "你知道我是谁吗", "还记得我吗", "你终于听出来了": the caller makes the reader name them.
const WHO = re('(知道|猜)~{0,2}?我是谁|还记得我(吗|不)|记不记得我|听出来了?(吗|没)|终于听出来');
// "银行工作人员问你就说是给亲戚转账", "不要跟银行说是贷款": the reader coached to lie at the bank.
const COVER = re(
  '(银行|柜台|柜员|工作人员)~{0,10}?问~{0,8}?就说是?~{0,6}?(亲戚|朋友|家人|装修|生意|自己|借|投资)|(不要|别|千万)~{0,3}?(跟|对|向)?(银行|柜员|工作人员)~{0,4}?(说|提|透露)',
);
// "我们是银保监会的工作人员", "我是通信管理局的": a regulator that never calls a person.
const REGULATOR = re(
  '(我是|我们是|这里是)~{0,10}?(银保监|银监|证监|金融监管|人民银行|央行|工信部|通信管理局|征信中心|银联)',
);
// "您的支付宝存在风险，需要验证身份": an account "at risk", fixed as the message asks ...
const AT_RISK = re(
  '[你您]的?~{0,8}?(账户|账号|支付宝|微信|卡|分付|花呗|借呗|白条)~{0,8}?(存在|有|出现|遭受|遭到)~{0,6}?(风险|异常|违规|不规范|盗刷|恶意登录)',
);
const FIX_ASK = re(
  '(须|要|请|能)~{0,6}?(验证|认证|核实|解冻|激活|配合|提供|点击|联系|添加|下载|告诉)',
);
// ... not in the service's own app, counter or line.
const OWN = /app|客户端|营业厅|网点|柜台|官方|95\d{3}|400|1008\d/;
// "您的一張信用卡已透支18000元", "你的名下有一张信用卡透支了五万": a card the reader never had.
const CARD = re('(名下|[你您])~{0,4}?一张~{0,8}?卡~{0,10}?(透支|欠款|消费|刷了|盗刷)');
// "我给你个警官证号码你可以核实", "不相信的话可以去官网验证", "我是真正的顺丰客服".
const PROOF = re(
  '警官证~{0,10}?(核实|查)|不相?信~{0,12}?(可以|可|去)~{0,10}?(核实|验证|查)|我们?(是|都是)真正的|我们?(不|可不|绝不)是(骗子|诈骗)(?!~{0,3}?我是)',
);
// "我在国外被扣了，救救我", "我妈妈现在出事了，我急需您的帮助".
const TROUBLE = /被人?(扣|抓|绑|关|打)|出了?(车祸|事)|住院|手术|受伤|晕倒|抢救/;
const PLEA = re('救救[我他她]|救我|帮帮我|(急需|需要)[你您]的?帮助(?![^。!?,\\n])');
// "再不转账，我可能死在叙利亚".
const OR_DIE = re('不转~{0,12}?(死|没命)');
// "妈，我被人打了，快打点钱过来": kin calling, in trouble, asking for money.
const KIN = /^\s*(老?[爸妈]+|爷爷|奶奶|外[公婆]|[叔舅]+|哥|姐|老[公婆])[,:!\s]/;
const MONEY = re('[打转汇拿]~{0,2}?(点|些|一笔)?钱|借(给)?我~{0,2}?(点|些)?钱');
// "我的号被盗了，你帮我充个值", "qq被封了，帮我辅助验证一下解封".
const HIJACKED = re(
  '(号|微信|qq)~{0,2}?(被盗|被封)~{0,16}?帮(我|个忙)~{0,6}?(充|买|转|付|验证|解封|辅助)',
);

export function zhImp18(ctx: Context): Pos[] {
  const t = ctx.text;
  if (!ctx.debtTalk) {
    // A collector's "new number" or "you know who I am" is the debt chased; not this.
    const n = /号/.test(t) && !NAMED.test(t) ? live(ctx, NEW_NUM) : undefined;
    const w = n && sentenceWindow(ctx, n, 1, 2);
    const s = w && live(ctx, SAVE, w.s, w.e);
    if (n && s) return [n, s];
    // ... who never says who they are ("你知道我是谁吗？我是你室友老王" is a friend's joke).
    const who = /我/.test(t) ? live(ctx, WHO) : undefined;
    if (who && !t.includes('我是', who.e)) return [who];
  }
  // "我们不是骗子" is the caller's own claim, not a warning.
  if (QUOTED.test(t.replace(/不是(骗子|诈骗)/g, ''))) return [];
  const out = first(ctx, COVER, REGULATOR, CARD, PROOF, HIJACKED, OR_DIE);
  if (out.length || /提醒|宣传|防范/.test(t)) return out;
  if (!OWN.test(t) && !ownChannelsOnly(ctx)) {
    const risk = pair(ctx, AT_RISK, FIX_ASK);
    if (risk.length) return risk;
  }
  if (ctx.debtTalk || !TROUBLE.test(t)) return [];
  const plea = pair(ctx, TROUBLE, PLEA);
  const kin = KIN.exec(t);
  const m = !plea.length && kin && live(ctx, MONEY);
  return m ? [{ s: 0, e: kin[0].length }, m] : plea;
}

// ---- investment_lure

// "第三单需要垫付3000元", "刷单是合法的，完成后立马返款": task pay that needs money first.
const TASK = re('(第[0-9一二三四五六七八九十]+|下一)(单|个任务)|刷单|做单|连单|补单');
const ADVANCE = /垫付|先付|充值|返款|返现|返利|佣金|本金|提现/;
// "保证赚钱，要不要一起投", "内部计划，跟着买包中": a sure gain, and the reader asked in.
const SURE = /保证赚|稳赚|包赚|只赚不赔|零风险|保本|包中|必中|内部计划/;
const ASK_IN = /你也|你可以|带你|一起|试试|跟着|要不要|加入/;
// "老师带你操作", "分析师喊单": trades led by a "teacher".
const MENTOR = re('(老师|导师|分析师|专家)~{0,4}?(带|指导|喊单)(你|单|操作|大家)');
// "这次的投资机会真的非常难得，很多投资者都已经行动了".
const FOMO = re(
  '(机会|名额)~{0,6}?(难得|有限|不多)|很多(人|投资者|客户)都?(已经)?(行动|投|加入|上车)',
);
const INVEST = /投资|理财|收益|股票|基金|炒股|期货|外汇|币|彩票/;

export function zhInvest18(ctx: Context): Pos[] {
  const t = ctx.text;
  if (QUOTED.test(t) || ownChannelsOnly(ctx)) return [];
  const task = pair(ctx, TASK, ADVANCE);
  if (task.length) return task;
  const sure = pair(ctx, SURE, ASK_IN);
  // A broker's own advert (an opt-out line) promotes its products; a caller presses.
  return sure.length || !INVEST.test(t) || /退订|回t|风险|谨慎/.test(t)
    ? sure
    : first(ctx, MENTOR, FOMO);
}

// ---- credit_repair, advance_fee, account_cancellation

// "逾期记录可以花钱删除", "我们这里可以做征信修复": a record removed as a service.
const RECORD = /征信|逾期记录|不良记录|信用记录|黑名单/;
const REMOVE = re(
  '(可以|能|帮|包|代|专业|花钱|收费|内部|渠道)~{0,8}?(修复|删除|消除|洗白|抹掉|撤销|清除|消掉)',
);

export function zhRepair18(ctx: Context): Pos[] {
  const t = ctx.text;
  // "结清后五年自动删除", "可以申请异议": the record's own rules, not an offer.
  if (QUOTED.test(t) || /自动|结清|还清|异议/.test(t) || !RECORD.test(t)) return [];
  const a = pair(ctx, RECORD, REMOVE);
  return a.length ? a : pair(ctx, REMOVE, RECORD);
}

// "你的借款利率可以降低，只需要交点手续费", "降低利率请添加专员微信": a lower rate sold.
const LOWER = re(
  '(降低|下调|降|调低)~{0,4}?(利率|利息|息费|月供)|(利率|利息|息费)~{0,6}?(降低|下调|调低)',
);
const SOLD = re('(只要|需|先)~{0,4}?(交|缴|付)~{0,8}?(费|钱|保证金)|加~{0,8}?(微信|qq)');
// "退款需要你在备用金里借一笔钱出来": money borrowed from a credit product for a refund or a check.
const BORROW_OUT = re(
  '(备用金|借呗|微粒贷|花呗|白条|金条|网贷|额度)~{0,8}?(借|贷|套|取)出?(一笔|出来)',
);
const PRETEXT = /退款|理赔|赔偿|注销|解冻|验证|证明|流水|激活/;

export function zhFee18(ctx: Context): Pos[] {
  const t = ctx.text;
  if (QUOTED.test(t) || ownChannelsOnly(ctx)) return [];
  const rate = /app|官方/.test(t) ? [] : pair(ctx, LOWER, SOLD);
  return rate.length || !PRETEXT.test(t) ? rate : first(ctx, BORROW_OUT);
}

// "我们帮你把网贷额度注销掉": a credit line closed for the reader by whoever calls.
const CLOSE_FOR_YOU = re(
  '帮[你您]~{0,6}?(额度|网贷|校园贷|学生账户|借呗|白条|金条|花呗|百万保障)~{0,4}?(注销|关闭|清零|消掉)',
);

export function zhCancel18(ctx: Context): Pos[] {
  const t = ctx.text;
  return QUOTED.test(t) || /已(经)?帮/.test(t) ? [] : first(ctx, CLOSE_FOR_YOU);
}

// ---- remote_control: "这是我们公司内部的APP，应用商店下载不了", "这是银行合作渠道专用程序".
const OFF_STORE = re(
  '(应用商店|应用市场|app ?store)~{0,8}?(下载不了|下不了|搜不到|找不到|没上架)|(内部|专用)的?(app|软件|程序)',
);

export function zhApp18(ctx: Context): Pos[] {
  const t = ctx.text;
  return QUOTED.test(t) || !/下载|安装|链接|打开|登录|银行|贷款/.test(t)
    ? []
    : first(ctx, OFF_STORE);
}
