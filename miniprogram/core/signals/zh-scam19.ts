// Nineteenth round: Chinese scam steps the rules still read as `unrelated`. Each frame joins a
// place or an object with what the reader is then made to do, in wide vocabularies:
//   zhAtm19: the reader at a cash machine steered by the caller — "按我说的操作",
//     the screen switched to English, a number the caller gives keyed in.
//   zhRent19: the reader's bank card, account, payment code or SIM rented or lent out for pay
//     ("出租银行卡，日结"), or money run through it (跑分, 帮忙走账).
//   zhCashOut19: a credit line cashed out for the reader (花呗/信用卡套现, "额度转出来帮你操作");
//     zhSwipe19: the line spent at a shop or account the caller names.
//   zhDeposit19: someone close or a "mentor" asking the reader to put money into a platform.
//   zhBack19: money put in to unlock a line, "returned after"; zhGame19: a cheap game item paid
//     for before it is handed over.

import type { Context } from '../engine/context';
import { warnedOf } from '../engine/frames';
import { inSentence, live, livePair, type Pos } from './scripts6';

const re = inSentence;

// Told of, not offered: an anti-fraud note or a bank's warning quoting the script.
const QUOTED = /诈骗|骗子|骗局|反诈|谨防|警惕|提醒|宣传|防范/;

const near = livePair;

// ---- the reader steered at a cash machine

// A machine the reader stands at ("手机ATM" is an app's name). A counter is left out: a son
// talking his mother through a counter visit says "按我说的" too.
const MACHINE = re(
  '(^|[^手掌网])(atm|柜员机|取款机|提款机|自助(银行|终端|设备))|插(入|进)?(银行)?卡|卡插(进|入)',
);
// The caller leading each key press: "按我说的操作", "我一步步教你", the screen put into English,
// a number the caller gives keyed in; or money "received" by working the machine ("操作一下就能
// 领取补贴"), which only pays out.
const STEER = re(
  '按照?(我|我们)的?(说|讲|教|指示|提示|要求|步骤)|我(会|来)?(一步步|一步一步)?(教|指导|带|指引)(你|您)~{0,4}?(操作|按|输入|做)|听我(的|指挥)~{0,4}?(操作|按)' +
    '|(把|将)~{0,8}?(调|改|换|切换|设置?)(成|为|到)~{0,2}?(英文|english)|输入~{0,4}?(我|我们)(给|发|报|告诉|念给?|读给?)(你|您)的' +
    '|我说一步~{0,2}?(你|您)(做|按|操作)一步|(选择?|点|按)~{0,2}?(英文|english)~{0,6}?(然后|再|接着)' +
    '|操作~{0,4}?(就能|才能|即可|就可以)~{0,4}?(领|退|返还|到账)',
);

// A card put in with no machine named is a bank card only beside bank words, not a SIM.
const SIM = /sim|手机卡|电话卡|流量|apn/;
const MOVE = /转账|汇款|存到|存入|transfer|卡号|账号|english|英文/;

export function zhAtm19(ctx: Context): Pos[] {
  const t = ctx.text;
  const machine =
    /atm|柜员机|取款机|提款机|自助/.test(t) || (!SIM.test(t) && /密码|转账|银行/.test(t));
  // Kin talking a parent through a cash withdrawal ("爸，插卡以后按我说的，先选取款"), or a bank
  // through a new PIN or card activation, is help; a caller's steps end in a transfer.
  const kin = /^\s*(老?[爸妈]|爷爷|奶奶|外[公婆])/.test(t);
  const help = kin || (/取款(?!机)|取钱|取现|修改密码|激活|查询/.test(t) && !MOVE.test(t));
  return QUOTED.test(t) || !machine || help ? [] : near(ctx, MACHINE, STEER, 1, 2);
}

// ---- the reader's card or account rented out

// "出租银行卡", "长期收购电话卡", "银行卡借给我们用", "收款码出租", "提供提款卡给我们".
const ITEM =
  '(银行卡|储蓄卡|借记卡|一类卡|存折|提款卡|金融卡|银行(账|帐)户|对公(账|帐)户|公户|收款码|收款(账|帐)户|支付宝(账?号|账户)?|微信账?号|电话卡|手机卡|u盾|四件套)';
const RENT = re(
  `(出租|出借|(^|[^房月])租(用|借)?|收购|回收|高价收|长期收|收(?![到取款])|闲置|不用的)~{0,4}?${ITEM}|提供~{0,4}?${ITEM}(?!号)~{0,6}?给(我们|我|公司)|${ITEM}~{0,8}?(出租|出借|租给|借给|借我|借用|卖给)|${ITEM}~{0,4}?(帮|代)~{0,4}?收款|${ITEM}~{0,6}?给(我们|我)用|跑分|招卡农|(帮|替|配合)~{0,4}?(走|过|刷)(一下)?(账|流水)`,
);
// ... for pay: "日结", "一天300", "一张给200", "月入过万", "提成", "5个点".
const PAY = re(
  '日结|当天结|(一|每)(天|张|单|个|套)~{0,4}?([0-9]+|[一二三四五六七八九十两]+(百|千|万|元|块))|(每天|每月|天天)~{0,3}?(收益|收入|进账)|提成|抽成|佣金|报酬|好处费|辛苦费|租金|月入|日入|日赚|[0-9]+个点|给[你您]~{0,4}?[0-9一二三四五六七八九十百千两]+(元|块|百|千|万)',
);
// The law about it, not an offer ("出租出借银行卡属于违法行为", "断卡行动"); an employer taking
// a card for wages.
const LAW =
  /违法|犯罪|断卡|帮信|惩戒|法律责任|涉嫌|判刑|拘留|(严禁|禁止|切勿|不要)[出租借卖买收把将]|工资|薪|报销/;

export function zhRent19(ctx: Context): Pos[] {
  const t = ctx.text.replace(/不(违法|犯法|犯罪)|不涉嫌/g, '');
  if (QUOTED.test(t) || LAW.test(t)) return [];
  return near(ctx, RENT, PAY, 1, 1);
}

// ---- a credit line cashed out

// "花呗可以套现", "帮你把借呗额度转出来", "信用卡代还套现": what no lender offers a stranger.
const CASH_OUT = re(
  '(花呗|借呗|白条|金条|信用卡|额度)~{0,10}?(套现|套出来?|转出来|提出来|刷出来)|(帮|代|专业|免费)~{0,4}?(套现|套出来|刷出来)',
);
// ... as a service to the reader ("转到我们指定的账户" is the closing script, paid to the caller).
const FOR_YOU = re('帮(你|您)|代(你|您|还|办)|免费|专业|手续费|[0-9]+个点|到(你|您)的');
const CREDIT = /花呗|借呗|白条|金条|信用卡|额度/;

// "把额度刷到我们指定的商家进行激活": the line spent at a shop the caller names, to "activate"
// or "verify" it — the credit goes to the caller.
const SWIPE_TO = re(
  '(花呗|借呗|白条|金条|信用卡|额度)~{0,10}?(刷|转|提现?|套)到~{0,4}?(我们|指定|这个|对方)' +
    // ... or taken out to "re-activate" or close it ("需要把额度转出来重新激活").
    '|额度~{0,4}?(转|提|借|套|刷)出来~{0,6}?(激活|验证|注销|解冻|清零)',
);

// ... for a step no shop needs ("信用卡刷到这个pos机上" is a purchase).
const STEP = /激活|验证|注销|解冻|清零|核实|核查|退还|退回|退给|返还|保护|关闭|征信/;

export function zhSwipe19(ctx: Context): Pos[] {
  const t = ctx.text;
  const p = QUOTED.test(t) || !STEP.test(t) ? undefined : live(ctx, SWIPE_TO);
  return p && !warnedOf(ctx, p) ? [p] : [];
}

export function zhCashOut19(ctx: Context): Pos[] {
  const t = ctx.text;
  return QUOTED.test(t) || !CREDIT.test(t) || /严禁|禁止|违规|不得|不要[套找用]/.test(t)
    ? []
    : near(ctx, CASH_OUT, FOR_YOU, 0, 1);
}

// ---- a platform deposit asked by someone close

// "你先充十万进去", "你也投一点到这个平台": the reader asked to put money in ...
const DEPOSIT = re(
  '(你|您)~{0,2}?(先|也|可以|就|赶紧|多)~{0,8}?(充|入金|投|存|转)~{0,6}?(进去|[0-9]|[一二三四五六七八九十两几]+(千|万)|本金|一点|一些|一笔)' +
    // ... or told to open an account in a group and fund it ("进群后先开户入金").
    '|(开户|注册|下载)~{0,6}?(入金|充值)',
);
const PLATFORM = /平台|网站|app|软件|账户|群/;
// ... by someone who leans on trust, a gain or an insider's edge. A pet name alone is not it:
// "宝贝，你先在美团充一点钱" is a couple's shopping.
const TRUST = re(
  '交往|相信我|信我|赚(钱|大钱)|赚了(很多|不少|好多|[0-9一二三四五六七八九十几]+万)|(稳|包|带你|跟着)赚|收益|回报|翻倍|盈利|内幕|漏洞|后台|内部|(投资|理财|炒股|股票)~{0,2}?(老师|导师)|(老师|导师)~{0,2}?(带|指导)~{0,3}?(赚|炒|投|买|操作|做单|上车)|喊单|(老师|导师)~{0,6}?(分享|推荐)~{0,2}?(股|币|项目)',
);

export function zhDeposit19(ctx: Context): Pos[] {
  const t = ctx.text;
  // A broker's own advert carries an opt-out or a risk line (a scammer's is "零风险"); a bank's
  // or a wallet's own product is no stranger's platform.
  if (
    QUOTED.test(t) ||
    /退订|回t|有风险|谨慎|银行|支付宝|余额宝|理财通|证券/.test(t) ||
    !PLATFORM.test(t) ||
    !TRUST.test(t)
  )
    return [];
  return near(ctx, DEPOSIT, PLATFORM, 1, 1);
}

// ---- money in to "activate", returned after

// "需要在我们这边做一笔流水，钱会原路返回", "先存入5000验证，验证后全额退回": money the reader
// puts in to unlock a credit line or a payout, with the promise it comes back. A lender checks a
// statement; it never needs money sent to it to do so.
const PUT_IN = re('(存入|转入|打入|汇入|充值|(做|刷|转|打|存|交)(一笔|一下))');
const BACK = re(
  '原路(返回|退回|返还)|全额(退还|退回|返还)|如数(退还|返还)|(退|返)(还|回)?给(你|您)|(验证|激活|解冻|核实)(后|完)~{0,4}?(退|返)',
);
// ... to unlock credit or a payout ("激活流量包" with money back is a phone plan).
const UNLOCK = /额度|流水|还款能力|解冻|放款|下款|贷款|借款/;

export function zhBack19(ctx: Context): Pos[] {
  const t = ctx.text;
  return QUOTED.test(t) || !UNLOCK.test(t) ? [] : near(ctx, PUT_IN, BACK, 0, 1);
}

// ---- a game item sold cheap, paid for first

// "这套皮肤我便宜卖给你，你先转钱，我再把账号给你", "金币半价出，先付款后上号": a cheap game item
// or account, and the reader's money before it is handed over ("我先付了钱" is the other way).
const GAME = re(
  '(皮肤|道具|金币|钻石|点券|装备|游戏币|账号|cdk)~{0,12}?(便宜|低价|半价|打折|私下|不走平台)',
);
const FIRST = re('(^|[^我])先(付|转|打|交)~{0,8}?(后|再|才)~{0,6}?(给|发|转|交|上号|登)');

export function zhGame19(ctx: Context): Pos[] {
  // Bought in the game's own shop or market ("在官方商城买", "在平台发货").
  const own = /官方|商城|系统|在平台/.test(ctx.text);
  return ctx.debtTalk || own || QUOTED.test(ctx.text) ? [] : near(ctx, GAME, FIRST, 0, 1);
}
