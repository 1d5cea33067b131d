// Fifteenth round (issue 8): bank and lender scripts the rules still read as a reminder, each as
// a behaviour joined to an ask, from wide sets of each, never one message's phrase.
//   thawByContact: a card, account or loan said to be frozen, "unfrozen" or "restored" by
//     calling or adding someone — a real freeze lifts when the debt is paid, or at the counter.
//   limitRaiseOffer: a credit limit the reader "qualifies" to have raised, applied for through a
//     contact or a site the message names — a real raise shows up in the bank's own app.
//   siteRecord: a bank's card or e-banking to be "补录", "激活" or "升级" on a site the message
//     points to, or lost — banks never have records completed through a text's site.

import type { Context } from '../engine/context';
import { warnedOf } from '../engine/frames';
import { live, sentenceWindow, type Pos } from './scripts6';

const S = '[^。!?！？\\n]';

// The bank's own places: the fix there is what a real notice says.
const OWN =
  /官方(app|客服|网站|渠道|热线)|网点|柜台|营业厅|app|客户端|卡背面|9[56]\d{3}|(还款|还清|结清|缴清|还上|归还)[^。!?！？\n]{0,6}?后|自动(解冻|恢复)/;

// The window from a hit to the end of the sentence after it.
function after(ctx: Context, p: Pos): Pos {
  const w = sentenceWindow(ctx, p, 0, 1);
  return { s: p.s, e: w ? w.e : p.e };
}

const FROZEN = /(冻结|凍结|锁定|止付|停用|暂停使用)/;
const THAW = new RegExp(
  `(联系|致电|拨打|咨询|添加|加)${S}{0,10}?(解冻|解除(冻结|锁定|限制)|恢复(正常)?使用)` +
    `|(解冻|解除(冻结|锁定)|恢复(正常)?使用)${S}{0,8}?(请|需)?(联系|致电|拨打|添加)`,
);

export function thawByContact(ctx: Context): Pos[] {
  // The frame's own word first, the whole-text OWN scan only then: every notice passes here,
  // and the phone interprets each regex scan.
  const f = live(ctx, FROZEN);
  if (!f || OWN.test(ctx.text) || warnedOf(ctx, f)) return [];
  const w = after(ctx, f);
  const thaw = live(ctx, THAW, w.s, w.e);
  return thaw ? [f, thaw] : [];
}

// "已达到提额标准", "最低可提升二至五万", "被系统默认为提高信用额度的客户": the raise offered, ...
const RAISE = new RegExp(
  `(提额|(提高|提升|调高|上调)(信用|临时|固定)?额度|额度${S}{0,4}?(提升|提高|上调)|(最低|最高)?可(提升|提高|上调)${S}{0,6}?万)`,
);
const QUALIFIES = /达到|符合|满足|默认为|获得|已为您|可(提升|提高|上调)|资格|标准|名额/;
// ... and applied for through someone or somewhere the message names.
const APPLY = new RegExp(
  `(联系|致电|拨打|咨询|添加|加|回复|登入|登录|登陆|点击|进入)${S}{0,10}?(办理|申请|提交|领取|开通)?` +
    '|(客服|专员)(办理|申请)',
);

export function limitRaiseOffer(ctx: Context): Pos[] {
  const t = ctx.text;
  if (t.indexOf('额') < 0 && t.indexOf('万') < 0) return [];
  if (OWN.test(t) || /按时还款|有助于|有助/.test(t)) return [];
  const r = live(ctx, RAISE);
  if (!r || warnedOf(ctx, r)) return [];
  const w = after(ctx, { s: Math.max(0, r.s - 24), e: r.e });
  if (!QUALIFIES.test(t.slice(w.s, w.e))) return [];
  const how = live(ctx, APPLY, w.s, w.e);
  return how ? [r, how] : [];
}

// A bank speaking, ...
const BANK = /我行|银行|[工建农中交招邮]行|银联|邮储|邮政储蓄|信用卡中心/;
// ... a record of the card or e-banking to complete, activate or upgrade, ...
const RECORD =
  /补录|补登|实名(激活|认证|补录|登记)|重新(实名)?激活|更新激活|(升级|激活)(认证|验证)?/;
// ... on a site the message points to (not the bank's e-banking or app) ...
const SITE = new RegExp(
  `(登入|登录|登陆|进入|访问|点击)${S}{0,6}?(网址|网站|网页|手机网|链接|官网)`,
);
// ... or lost: "以免冻结", "未补录将被限制使用", "次日失效".
const OR_LOST = new RegExp(
  `(以免|否则|未${S}{0,4}?将|即将|次日|逾期)${S}{0,6}?(冻结|失效|限制|暂停|停用|注销|作废)`,
);

export function siteRecord(ctx: Context): Pos[] {
  const t = ctx.text;
  if (!BANK.test(t)) return [];
  const rec = live(ctx, RECORD);
  if (!rec || OWN.test(t) || /网上银行|网银客户端|gov\.cn/.test(t)) return [];
  const site = live(ctx, SITE);
  if (!site || warnedOf(ctx, site)) return [];
  const lost = live(ctx, OR_LOST);
  return lost || /补录|实名/.test(t.slice(rec.s, rec.e)) ? [rec, site] : [];
}

// A credit record said to be harmed, to be "handled" through a private chat: a lender's record
// changes only in its own app or through the credit bureau's free dispute, never over WeChat/QQ.
const CREDIT_HARMED = new RegExp(
  `(征信|信用记录|信用报告|信用分|芝麻分)${S}{0,8}?(受(到)?(了)?影响|受损|异常|出(现)?(了)?(问题|异常)|有(问题|污点)|不良|变差|降低|黑名单)`,
);
const PRIVATE_CHAT = new RegExp(
  `(添加|加|联系|私信)${S}{0,6}?(微信|企业微信|vx|v信|薇信|威信|qq|扣扣|飞机|telegram|whatsapp)` +
    `|(微信|企业微信|vx|qq)(号)?${S}{0,4}?(联系|添加|处理|办理|咨询)`,
);

export function creditFixByChat(ctx: Context): Pos[] {
  if (!/征信|信用|芝麻分/.test(ctx.text) || OWN.test(ctx.text)) return [];
  const h = live(ctx, CREDIT_HARMED);
  if (!h || warnedOf(ctx, h)) return [];
  const w = after(ctx, h);
  const chat = live(ctx, PRIVATE_CHAT, Math.max(0, h.s - 40), w.e);
  return chat ? [h, chat] : [];
}
