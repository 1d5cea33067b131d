import type { SignalRule } from './rule';
import type { Context } from '../engine/context';
import { spans } from './rule';
import { zhTrade17 } from './zh-scam17';
import { payAsked, recorded } from '../engine/frames';
import { atmStep } from './scripts6';
import { offPlatform } from './fraud-families8';
import { repayChannel, threatLink } from './diverted-repayment';
import { koScams } from './korean13';
import { latinScams } from './latin-scams16';
import { zhAtm19, zhGame19, zhRent19, zhSwipe19 } from './zh-scam19';
import { doneBySpeaker19, tradeOnFile } from './benign19';
import { keptDeposit, payeeTyped, selfMoved } from './everyday19';

// A transfer verb, an amount or a payee, then where it goes: "先交5000块执行保证金到法院的代管账户",
// "你先转三万到这个账户上", "转到我们同事的支付宝上". The destination is someone else's wallet or
// a special-purpose account (a court's, a "supervision" or "review" one): the owner words below.
const INTO =
  /(转|打|汇|存|交|付|缴|充|还款|还)[^，,。;；!?！？]{0,12}?(到|进|入|至|给)([^，,。;；!?！？]{0,12}?)(账户|账号|帐户|卡上|卡里|银行卡|支付宝|微信|收款码|二维码)/g;
// Whose account: a pointer at one the message gives, a third person, or an account named for a
// purpose no lender has (代管, 审核, 清查, 保护). The reader's own (您的, 本人, 绑定) is not here.
const OTHERS =
  /这|该|此|以下|下面|如下|下方|指定|我|他|她|对方|同事|专员|财务|经理|公司|个人|私人|法院|公安|检察|监管|安全|代管|托管|保管|审核|清查|核查|保护|过渡|中间|备用/;
const OWN = /(^|[^给])(您|你)|本人|自己|名下|还款账|还款帐|绑定|尾号|原路|虚拟|专属|官方|app/;
// "扫我这个码付", "扫下面的二维码还款": a code handed to the reader to pay with.
const SCAN_TO_PAY =
  /扫(一下)?(我|我的|我这个|这个|下面|下方|以下|图中|图片)的?[^，,。!?！？]{0,4}?码[^，,。!?！？]{0,4}?(付|还|转|缴|交|充)/;

// The account or code sits inside the reader's own or the lender's official channel, in the
// same clause: "可通过买单吧APP扫码还款", "存入您的个人账户", "在手机银行扫码". A code handed over
// by the message ("扫下面的二维码") has no such owner.
// "我给你的收款码" is the sender's code handed to the reader, not the reader's own.
const OWN_CHANNEL =
  /(^|[^给发])(您|你)(的|本人的?|名下的?|绑定的?)$|本人$|自己的?$|app|客户端|手机银行|网银|官方/;

function insideOwnChannel(ctx: Context, h: { s: number; e: number }): boolean {
  let s = h.s;
  while (s > 0 && h.s - s < 12 && ctx.clause[s - 1] === ctx.clause[h.s]) s--;
  return OWN_CHANNEL.test(ctx.text.slice(s, h.s));
}

// Real lenders take repayment only in their own app, bank or official account; a "safe",
// "supervision" or personal account, a QR code or a named person's card is where scams end.
export const payToUnofficialAccount: SignalRule = {
  id: 'pay_to_unofficial_account',
  title: '要求转账到非官方账户',
  explanation:
    '消息要你把钱转到个人账户、"安全账户/监管账户"、收款码或指定的他人银行卡。正规机构只会让你在自己的 App、银行或官方渠道还款，绝不会让你转给个人或"核查账户"。',
  detect(ctx, fnd) {
    const found = [];
    for (let i = 0, list = ctx.live('PAY_ACCOUNT'); i < list.length; i++) {
      const h = list[i];
      if (ctx.negated(h, 16)) continue;
      // "未清退账户将纳入黑名单": accounts not yet cleared, not a clearing account to pay into.
      if (
        /^(清退|清查|核查)/.test(ctx.text.slice(h.s, h.e)) &&
        /[未没不]$/.test(ctx.text.slice(0, h.s))
      )
        continue;
      found.push(h);
    }
    // "个人账户", "二维码", "备用金" are ordinary words until you are asked to pay into them.
    // ... and only when what is paid is a debt, a fee or a release, not a purchase.
    const purpose = ctx.debtTalk || ctx.has('SCAM_PURPOSE') || ctx.has('MONEY_ASK');
    for (let i = 0, list = ctx.live('PAY_ACCOUNT_WEAK'); i < list.length; i++) {
      const h = list[i];
      // A personal or private account is never where a business takes payment.
      if (!purpose && !/个人|私人/.test(ctx.text.slice(h.s, h.e))) continue;
      if (ctx.negated(h, 16) || insideOwnChannel(ctx, h)) continue;
      const ask = payAsked(ctx, h);
      // The speaker's own money moved to their own account (everyday19.ts).
      if (ask && !selfMoved(ctx, h)) found.push(h, ask);
    }
    for (let i = 0, list = ctx.live('PAY_CASH'); i < list.length; i++) {
      const h = list[i];
      found.push(h);
    }
    // An account number or payee given next to a transfer verb.
    const verbs = ctx.live('PAY_VERB');
    const onFile = tradeOnFile(ctx);
    for (let i = 0, list = ctx.entities; i < list.length; i++) {
      const e = list[i];
      if (e.kind !== 'bank_card' && e.kind !== 'email') continue;
      const pos = ctx.entityPos(e);
      if (recorded(ctx, pos)) continue;
      const sent = ctx.sentence[Math.min(pos.s, ctx.text.length - 1)];
      if (ctx.all('RECORD').some((r) => ctx.sentence[r.s] === sent)) continue;
      const verb = verbs.find(
        (v) =>
          Math.abs(v.s - pos.s) <= 60 &&
          ctx.sentence[v.s] === ctx.sentence[Math.min(pos.s, ctx.text.length - 1)],
      );
      const given = ctx.near(pos, 'ACCOUNT_GIVEN', 30, true, false);
      if (verb || (given && e.kind === 'bank_card')) found.push(pos, verb);
    }
    // Any transfer into an account that is not the reader's own ("转到我们的资金托管账户"):
    // lenders collect by auto-debit or in their app, never by transfer to a named account.
    for (let i = 0; i < verbs.length; i++) {
      const v = verbs[i];
      if (recorded(ctx, v) || doneBySpeaker19(ctx, v)) continue;
      const tail = ctx.text.slice(v.e, v.e + 16);
      const m = onFile ? null : /^[^,，。;；!?！？]{0,12}?(账户|账号|卡号|卡上|卡里)/.exec(tail);
      // The reader's own account is fine ("转入您的还款账户"); "我给你的卡号" is not theirs.
      if (
        !m ||
        /((^|[^给])(您|你)|本人|自己|名下|还款账|还款帐|绑定|尾号|原路|虚拟|专属)/.test(m[0])
      )
        continue;
      // "转入账号后四码…" in a bank's own transfer/OTP notice describes, it does not ask.
      const next = ctx.text.slice(v.e + m[0].length, v.e + m[0].length + 3);
      if (/^(后|末|尾)/.test(next) || ctx.has('SAFE_CODE')) continue;
      // The payee the reader types in, the reader's own new account, the speaker's own money.
      if (payeeTyped(m[0]) || keptDeposit(ctx) || selfMoved(ctx, v)) continue;
      found.push(v, { s: v.e, e: v.e + m[0].length });
    }
    INTO.lastIndex = 0;
    for (let m = INTO.exec(ctx.text); m; m = INTO.exec(ctx.text)) {
      const p = { s: m.index, e: m.index + m[0].length };
      // "我行不会以任何理由要求您转账到个人账户": a warning names the shape to refuse it.
      if (recorded(ctx, p) || ctx.negated({ cls: 'NEG', ...p }, 16) || doneBySpeaker19(ctx, p))
        continue;
      if (!OTHERS.test(m[3]) || OWN.test(m[3]) || ctx.has('SAFE_CODE') || onFile) continue;
      if (selfMoved(ctx, p)) continue;
      found.push(p);
    }
    const scan = purpose ? SCAN_TO_PAY.exec(ctx.text) : null;
    if (scan) found.push({ s: scan.index, e: scan.index + scan[0].length });
    // "Your debt was sold to us; the lender no longer collects": pay-us-instead.
    const sold = ctx.live('DEBT_SOLD');
    if (sold.length && (verbs.length || ctx.has('ACCOUNT_GIVEN'))) found.push(sold[0], verbs[0]);
    // The reader sent to a cash machine to run a "protection" step (scripts6.ts).
    if (!found.length && !fnd.advisory) found.push(...atmStep(ctx));
    // A sale or a game trade moved off the platform onto a private payment (fraud-families8.ts).
    if (!found.length && !fnd.advisory) found.push(...offPlatform(ctx));
    // A stranger's ticket or game item paid for before it is handed over (zh-scam17.ts).
    if (!found.length && !fnd.advisory) found.push(...zhTrade17(ctx));
    // A "special repayment channel", or a collector's threat fixed through a link the message
    // hands over: repayment diverted away from the lender (diverted-repayment.ts).
    if (!found.length && !fnd.advisory) found.push(...repayChannel(ctx), ...threatLink(ctx));
    // A Korean "safe account", money moved to close a case, cash for an investigator.
    found.push(...koScams(ctx).pay);
    // A debt paid to a person's number, money "sent by mistake" (latin-scams16.ts).
    if (!found.length) found.push(...latinScams(ctx).pay);
    // The reader steered at a cash machine, a card rented out for pay, a credit line spent at a
    // shop the caller names, a cheap game item paid for first (zh-scam19.ts).
    if (!found.length && !fnd.advisory)
      found.push(...zhAtm19(ctx), ...zhRent19(ctx), ...zhSwipe19(ctx), ...zhGame19(ctx));
    if (!found.length) return [];
    return spans(ctx, found);
  },
};
