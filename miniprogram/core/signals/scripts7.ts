// Seventh round: impersonation scripts the checker called `unrelated` — a persona the reader is
// made to trust joined to what the persona then does to them, never the persona alone.
//   impersonation: a "boss", "teacher" or friend who introduces themself and summons the reader,
//     sells a class or borrows in a hurry; a caller who makes the reader guess who is speaking;
//     a "police" or "prosecutor" case that cuts the reader off (tell no one, stay on the line,
//     hanging up counts against you, only you can help yourself).
//   fake_reward: "customer service" of a shop or courier bringing up a refund or compensation
//     for a problem with the reader's order.

import type { Context } from '../engine/context';
import { authorityPersona } from '../engine/frames';
import { live, sentences, type Pos } from './scripts6';

const S = '[^。!?！？\\n]';

// ---- impersonation: people the reader knows

// "我是你领导", "我是王总", "我是XX老师": someone the reader knows, saying who they are — which a
// real boss, teacher or friend on their own number never needs to. Not "我是王总的助理".
const SELF =
  /我是(你|您|你们)的?[^，,。!?！？]{0,4}?(领导|老板|上司|[\u4e00-\u9fa5]总|经理|主任|局长|处长|校长|老师|班主任|同学|朋友|战友|亲戚|邻居)|我是(?:[\u4e00-\u9fa5]|x){1,3}(总|董|老板|领导|经理|主任|局长|处长|书记|老师|班主任)(?!的|[\u4e00-\u9fa5]{0,2}(助理|秘书|办公室|司机))/;
// ... who summons the reader in person: "明天到我办公室来一趟" (the next call asks for the gift
// money "the leader" needs). Alone the summons is a boss's ordinary words.
const SUMMON = /(到|来|去)我的?办公室|(来|到)我(这|这里|这儿|那|那儿)一趟/;
// ... a "teacher" selling a class or a fee with pressure: "你的孩子需要报补习班，名额有限".
const TEACHER = /老师|班主任|辅导员|教练/;
const CLASS_FEE =
  /(补习|辅导|培训|补课|集训|提高)班|(补课|培训|资料|报名|辅导|集训|教材)费|夏令营|冬令营/;
const PRESS =
  /名额有限|报名从速|从速|仅剩|先到先得|截止|尽快|马上|抓紧|今天之内|限时|转(给|到)我|扫码|二维码/;

// "在吗？遇到点急事儿，能不能给我借1000块钱", "能借我2000元急用吗": a sudden need and a sum to
// lend at once — the hijacked-chat script. Friends who need money can be called back.
const NEED =
  /钱包(被(人)?偷|丢)|被偷了|没钱(买|回)|急事|急用|急需|着急用|出了点事|出事了|遇到(了|点|些)?(麻烦|困难|急事|事)/;
const SUM = '[0-9一二两三四五六七八九十百千万]+\\s*(块|元|万)';
const BORROW = new RegExp(
  `(借|转|打|汇)(给)?我${S}{0,3}?${SUM}|(给|帮)我(借|转|打|汇)${S}{0,3}?${SUM}|(借|帮助?|给)我(点|一点|些)${S}{0,4}?钱|借点钱(给我)?|借(给)?我${S}{0,2}?钱`,
);
const ASK = /能不能|可不可以|能否|能|可以|帮|麻烦|求|先|吗|嘛|么|吧|\?|？/;

// "你给XX公司X总联系一下，需要转一笔款": the reader sent to a third party to pay a lump sum — the
// "boss" chat's ask. Payments to partners go through the company's own approval, not a chat.
const THIRD = new RegExp(
  `((联系|对接|找)${S}{0,10}?(总|客户|财务|对方|供应商|合作方|公司)|(给|和|跟|与)${S}{0,10}?(总|客户|财务|对方|供应商|合作方)(联系|对接))${S}{0,12}?(转|打|汇|付)(一笔|笔)(款|钱|账)` +
    `|(给|向)${S}{0,8}?(客户|对方|供应商|合作方|公司|总)(转|打|汇|付)(一笔|笔)(款|钱|账)`,
);

// "猜猜我是谁", "连我的声音都听不出来了", "你再想想，我是谁": the caller makes the reader name
// them, then becomes whoever was named.
const GUESS =
  /(猜猜|你猜|猜一猜)我是谁|(听|认)不出(来)?(我是谁|我的声音|我来)|连[^，,。!?！？]{0,8}?声音[^，,。!?！？]{0,4}?(都|也)?(听|认)不出|不认得我了|不记得我了|再想想[，,?？]?\s*我是谁|(声音|口音)[^，,。!?！？]{0,3}?(都|也)(听|认)不出|连(老同学|老朋友|老同事|老战友|老乡|我)(都|也)(给)?(忘了|不认识了|不记得了|认不出(来)?了?)(?=[,，。.!！?？~\s]|$)|贵人多忘事|(你|您)就不认识(我)?了/;

/** A known person's persona joined to a summons, a paid class or an urgent loan. */
export function knownPersona(ctx: Context): Pos[] {
  const t = ctx.text;
  // Each frame first looks for a word it cannot match without: most notices have none.
  const guess = /我是谁|声音|口音|认得|记得|认识|忘/.test(t) ? live(ctx, GUESS) : undefined;
  if (guess) return [guess];
  if (ctx.debtTalk && (ctx.has('OBLIGATION') || ctx.has('DEBT'))) return [];
  const self = t.indexOf('我是') >= 0 ? live(ctx, SELF) : undefined;
  const summon = self && live(ctx, SUMMON, self.e);
  if (self && summon) return [self, summon];
  const third = t.indexOf('笔') >= 0 ? live(ctx, THIRD) : undefined;
  if (third && !/已(经)?$/.test(t.slice(Math.max(0, third.s - 2), third.s))) return [third];
  if (self && TEACHER.test(t.slice(self.s, self.e))) {
    const fee = live(ctx, CLASS_FEE, self.e);
    const press = fee && live(ctx, PRESS, self.e);
    if (fee && press) return [self, fee, press];
  }
  if (!NEED.test(t)) return [];
  // Index loops: for-of walks an iterator object, which costs more on a phone without a JIT.
  const list = sentences(ctx);
  for (let i = 0; i < list.length; i++) {
    const b = list[i];
    // "能不能给我借": its 不能 is the question, not a refusal.
    const m = BORROW.exec(t.slice(b.s, b.e));
    const at = m ? { s: b.s + m.index, e: b.s + m.index + m[0].length } : undefined;
    const borrow =
      at &&
      (/(能不能|可不可以|行不行).{0,2}$/.test(t.slice(b.s, at.s))
        ? at
        : live(ctx, BORROW, b.s, b.e));
    if (!borrow || !ASK.test(t.slice(b.s, b.e))) continue;
    // The need may be told in the sentence before ("遇到点急事儿，能不能…").
    const need = live(ctx, NEED, Math.max(0, b.s - 24), b.e);
    if (need) return [need, borrow];
  }
  return [];
}

// ---- impersonation: a case that isolates the reader

// A criminal case, the police, a prosecutor or a court in the message (an investigation alone
// may be a shop's or an employer's).
const CASE = new RegExp(
  `公安|警方|警察|警官|民警|刑警|刑侦|经侦|网警|检察|地检|检署|法院|法官|司法|侦查|立案|案件|专案|案子|涉案|涉嫌|嫌疑|通缉|逮捕|拘留|洗钱|清白|配合${S}{0,4}?调查`,
);
// What a real officer never asks: keep the case from everyone ("这是保密专案，你不能跟任何人透露",
// "不能泄露出去"), stay on the line ("请不要挂断电话，配合全程录音"), or else ("如果现在挂电话，就
// 视为不配合，直接进入司法程序"), trust no one else ("只有你自己帮你自己"), cooperate to be cleared
// ("配合调查…还你一个清白"). Police question people at the station and tell them to hang up on
// anyone who says otherwise.
const ISOLATE = new RegExp(
  `(保密|秘密|机密)(专案|案件|侦查|调查|任务|行动)` +
    `|(不能|不要|不许|不准|不得|不可以|不可|别|禁止|切勿)${S}{0,3}?(跟|和|向|对|告诉|让)${S}{0,6}?(任何人|家人|家里人|家属|亲人|亲友|朋友|别人|其他人|外人|银行|同事|老公|老婆|父母)` +
    `|不(能|得|要|许|准)(泄露|泄密|外泄|透露)` +
    `|(挂断?|挂掉)(了)?(电话|通话)?${S}{0,12}?(视为|当作|算作|就是|认定)${S}{0,4}?(不配合|拒不配合|放弃|妨碍|抗拒|逃避)` +
    `|(挂断?|挂掉)(了)?(电话|通话)${S}{0,16}?(司法程序|法律程序|强制措施|通缉|逮捕|拘留|冻结)` +
    `|只有(你|您)自己(才)?(能)?帮(你|您)?自己|没(有)?(人|任何人)(能|可以)帮(你|您)` +
    `|配合${S}{0,4}?全程录音|(还|证明)(你|您)(一个)?的?清白`,
);

// "请不要挂断电话" alone is a call centre's or a 110 operator's; with a case being recorded or
// handed on it is the fake officer's.
const STAY = /(不要|别|不能|不许|不准|请勿|切勿)(挂断|挂掉|挂)(电话|通话)?/;
const PROCESS = /录音|转接|笔录|案件|案子|专案|检察|地检|检署|司法|涉嫌|通缉|调查/;

/** A case ("保密专案", "地检署", "司法程序") that cuts the reader off from everyone else. */
export function isolatingCase(ctx: Context): Pos[] {
  const t = ctx.text;
  // The case words first: short to compile and absent from most notices, so the ~450-character
  // ISOLATE is rarely compiled; then the rare half (most notices isolate no one).
  if (!CASE.test(t)) return [];
  const stay = STAY.test(t) && PROCESS.test(t);
  if (!stay && !ISOLATE.test(t)) return [];
  const list = sentences(ctx);
  for (let i = 0; i < list.length; i++) {
    const b = list[i];
    const cut = live(ctx, ISOLATE, b.s, b.e) || (stay ? live(ctx, STAY, b.s, b.e) : undefined);
    // Said to the reader ("你不能跟任何人透露", "请不要挂断"), not told of ("律师说这个案子要保密").
    if (cut && /你|您|妳|请/.test(t.slice(b.s, b.e)))
      return ctx.debtTalk && !authorityPersona(ctx).length ? [] : [cut];
  }
  return [];
}

// ---- fake_reward: the money-back lure

// Someone speaking for a shop, a platform or a courier: "我是XX网购平台的商家客服", "我们是快递
// 公司的".
const SHOP =
  /(我是|我们是|这里是|这边是|我这边是|本人是)[^。!?！？\n]{0,14}?(客服|售后|快递|物流|商家|店铺|店家|卖家|平台|电商|商城|旗舰店|公司)/;
// ... a problem with the reader's order, of the shop's making ...
const FLAW =
  /质量(有|存在|出了?)?(问题|瑕疵|不过关|不合格|缺陷)|不过关|瑕疵|不合格|超标|过敏|召回|下架|破损|损坏|损毁|受损|丢失|丢件|遗失|损失|车祸|事故|故障|系统(错误|问题|异常)|失误|卡单/;
// ... and money to come back to the reader, to be arranged with the caller: "给您做相应的退款",
// "商量货品赔偿的事情", "需要退款、双倍补偿".
const OWED = new RegExp(
  `(给|为|帮|向)(您|你)${S}{0,8}?(退款|退费|赔偿|理赔|补偿|赔付|退还)` +
    `|(商量|协商|沟通|处理|办理|安排|申请)${S}{0,6}?(退款|赔偿|理赔|补偿|赔付)` +
    `|(退款|赔偿|理赔|补偿|赔付)的?(事情|事宜|问题|手续|流程|处理)` +
    `|(可以|可|将|会|愿意|需要)${S}{0,4}?(退款|赔偿|理赔|补偿|赔付)`,
);
// A shop's own refund is done, back to the original payment, or claimed in its app; or it
// answers what the reader raised ("您的反馈", "您投诉的问题").
const OWN_REFUND =
  /(您|你)的?(反馈|反映|投诉|申请|提出)|原路|已(经)?(为您|给您|帮您|为你|给你)?(退款|退回|退还|赔付|到账|返还)|退款成功|app|官方|订单(详情|页)|客户端|小程序/;

/** "Customer service" bringing up a refund or compensation for a problem with an order. */
export function moneyBack(ctx: Context): Pos[] {
  const t = ctx.text;
  if (!/退|赔|补偿/.test(t) || OWN_REFUND.test(t) || ctx.has('OBLIGATION')) return [];
  const flaw = live(ctx, FLAW);
  const owed = flaw && live(ctx, OWED);
  if (!flaw || !owed) return [];
  const shop = live(ctx, SHOP);
  // Without a caller, the offer is made to the reader ("现在给您全额退款").
  if (shop) return [shop, flaw, owed];
  return /您|你/.test(t.slice(owed.s, owed.e)) ? [flaw, owed] : [];
}
