// The gate of the learned second opinion: what the message asks the reader to do, as the rules
// read it. A model trained on scam scripts also scores genuine overdue notices high (they share
// 逾期 / 征信 / 还款), so the gate reads why the rules stayed quiet:
// - The message asks the reader to act outside the lender's own channels — it offers a contact
//   or a link that is not an official one, or asks for an app, a code or a transfer elsewhere —
//   or the rules found no notice of a debt at all (verdict `unrelated`) and it asks the reader
//   something or threatens them ("请点击链接完成身份验证", "半小时内不处理就要起诉你"): the
//   model acts at its threshold.
// - A debt notice that names no channel at all, neither an outside one nor the lender's own
//   ("您在某某平台的贷款已严重逾期，请立即还款，否则将影响征信并移交法务部门处理！"): a fake
//   reads like a real one here, so the model acts only at its stricter plain threshold, chosen
//   where no genuine reminder of a source it never read scores (scripts/model/lib.ts).
// - Positive evidence of a genuine notice closes the gate: the message points to the lender's
//   own app, a counter, a directory number or link, or the hotline of an institution it names
//   ("来电号码为95595"), and so does a signed alarm on the reader's account or card that names
//   no way to fix it through the message ("【某某银行】您的信用卡存在异常交易，已被临时冻结，请及时
//   处理"), or a signed debt notice that gives no contact, whatever it asks ("【某某贷】温馨提示：
//   逾期信息将上报征信系统", "【某银行】…请尽快还款"): a scam must reach the reader somehow. It stays the rules' verdict,
//   however scam-like its words.
// - A prohibition or a warning ("请勿泄露", "请不要轻信陌生来电") asks nothing of the reader.
// - A message that is no debt notice, asks nothing and puts nothing at stake for the reader (no
//   alarm, loss, harmed record, prize or accusation: "妈，这个月房租我交了，工资下周就发") costs
//   the reader nothing to ignore: the gate stays shut. Source-by-source cross-validation puts
//   such family chat above every threshold that would catch the scam fragments of this kind.
//   One that asks nothing but puts something at stake ("您的分付账户存在异常交易") counts as a
//   plain notice.

import type { Context, Hit } from '../engine/context';
import type { Verdict } from '../types';
import { alarmLeftToOwnChannels, leftToOwnChannels } from '../signals/impersonation';
import { atStake, bystander, opensAsk, tradeOnFile, warnedOff } from '../signals/benign19';
import { plainDeposit, selfMoved, speakerPays } from '../signals/everyday19';

export interface Asks {
  /** A number, id, e-mail, bank card or link in the text that is not a directory channel. */
  outsideContact: boolean;
  /** An ask to install an app or share the screen, hand over a code, or move money elsewhere. */
  outsideAction: boolean;
  /** The message sends the reader to the lender's own app, an official channel or a counter. */
  officialPay: boolean;
  /** It asks the reader something or threatens them: a request, a condition, a deadline. */
  asksReader: boolean;
  /** It gives a directory number or link, or the hotline of an institution it names. */
  officialContact: boolean;
  /** A signed alarm on the reader's account or card that names no way to fix it through the
   * message ("【某某银行】您的信用卡存在异常交易，已被临时冻结，请及时处理"): only the
   * institution's own channels are left, as in a real alert (the rules' impersonation reads it
   * the same way). */
  ownAlert: boolean;
  /** Signed, with no contact, link or speaker: whatever it says, the reader can act only
   * through their own channels ("【某某贷】温馨提示：逾期信息将上报征信系统"). */
  ownChannels: boolean;
  /** Something at stake for the reader: an alarm on an account, a loss, a record harmed, a
   * benefit or prize, an accusation, a record repaired. */
  stake: boolean;
  /** The reader's debt named from outside ("你那个借呗别逾期啊"): no lender speaks (benign19.ts). */
  bystander: boolean;
  /** The only money moved is everyday: the speaker's own, the speaker paying the reader, or a
   * landlord's or gym's deposit returned when the service ends (everyday19.ts). */
  everydayMoney: boolean;
}

/** Which of the gate's reasons let the model act, or null when none does. `plain_notice`: a
 * debt notice that names no channel, or a message that asks nothing but puts something at stake
 * ("您的分付账户存在异常交易"), where the model needs its stricter threshold. */
export type GateReason = 'contact' | 'action' | 'no_debt_notice' | 'plain_notice';

/** `verdict`: the rules' own (reminder or unrelated: the only ones the model may raise). */
export function gateReason(a: Asks, verdict: Verdict): GateReason | null {
  if (a.outsideContact) return 'contact';
  if (a.everydayMoney) return null;
  if (a.officialPay || a.officialContact) return null;
  if (a.outsideAction) return 'action';
  if (a.ownAlert) return null;
  // A debt notice the reader can check in their own contract, whatever it asks (the reader can
  // pay only through their own channels); an offer out of nowhere is a lure.
  if (verdict === 'reminder' && a.ownChannels) return null;
  if (verdict === 'unrelated')
    return a.asksReader ? 'no_debt_notice' : a.stake ? 'plain_notice' : null;
  // Asking nothing and putting nothing at stake, or spoken by no lender (benign19.ts): no notice.
  if ((!a.asksReader && !a.stake) || a.bystander) return null;
  return 'plain_notice';
}

// A transfer is an ask only when the reader is to make it: not the speaker moving their own
// money or paying the reader first (everyday19.ts). Where that, or a landlord's deposit returned
// at check-out, is all the money talk, the gate stays shut: the rules read these the same way,
// and the model, trained on scripts that move money, scores them high.
function payAsked(ctx: Context, pays: Hit[]): boolean {
  return pays.some((h) => !selfMoved(ctx, h) && !speakerPays(ctx, h));
}

// Sent to a counter in person ("有需要可以到网点咨询", "请携带身份证前往营业厅办理"): an official
// channel as much as the lender's own app, and one no remote scam can use.
const IN_PERSON =
  /(到|去|前往|来|至|赴)[^。!?！？\n]{0,8}?(网点|柜台|营业厅|支行|分行|服务大厅|办事大厅)/;

/** The gate's facts from the rules' reading of the message. */
export function asksOf(ctx: Context, outsideContact: boolean, officialContact: boolean): Asks {
  const live = (c: Parameters<Context['live']>[0]) => ctx.live(c).length > 0;
  const pays = ctx.live('PAY_VERB');
  const asked = payAsked(ctx, pays);
  return {
    outsideContact,
    outsideAction:
      live('DOWNLOAD') ||
      ctx.has('REMOTE_APP') ||
      (live('SECRET') && !ctx.has('SAFE_CODE')) ||
      asked ||
      live('PAY_ACCOUNT') ||
      live('PAY_ACCOUNT_WEAK'),
    // ... or to the account already on file for a trade, unchanged (benign19.ts).
    officialPay: live('OFFICIAL_PAY') || IN_PERSON.test(ctx.text) || tradeOnFile(ctx),
    asksReader:
      ctx.live('REQUEST').some((h) => !prohibits(ctx, h) && opensAsk(ctx, h)) ||
      ctx.live('COND').some((h) => opensAsk(ctx, h)) ||
      live('URGENT'),
    officialContact,
    ownAlert: alarmLeftToOwnChannels(ctx),
    ownChannels: leftToOwnChannels(ctx),
    stake: STAKES.some((c) => ctx.live(c).some((h) => !warnedOff(ctx, h))) || atStake(ctx),
    bystander: bystander(ctx),
    everydayMoney: plainDeposit(ctx) || (pays.length > 0 && !asked),
  };
}

// A request word that opens a prohibition or a warning ("请勿泄露", "请不要轻信陌生来电",
// "务必谨防", "请提防") tells the reader what NOT to do: a bank's own alert closes that way, and
// it gives the reader nothing to do, so it is no ask. The prohibition follows the request word
// at once (a negation cue, or a warning verb).
const WARNING =
  /^\s*(?:千万|一定|切记)?(?:勿|不要|不得|不可|不能|别|禁止|谨防|提防|警惕|当心|小心|谨慎|注意防范|注意甄别|注意识别)/;
function prohibits(ctx: Context, h: { s: number; e: number }): boolean {
  // "您要不要办一张…": an A-not-A question is an offer, no prohibition.
  if (ctx.text[h.e] === '不' && ctx.text[h.e + 1] === ctx.text[h.e - 1]) return false;
  if (WARNING.test(ctx.text.slice(h.e, h.e + 8))) return true;
  const neg = ctx.after(h, 'NEG', 2);
  return !!neg && ctx.clause[neg.s] === ctx.clause[h.s];
}

const STAKES = [
  'ALARM',
  'LOSS_THREAT',
  'CREDIT_HARM',
  'BENEFIT',
  'ACCUSE',
  'REPAIR',
  'CANCEL_STRONG',
  'LOAN_LURE',
  'FROZEN_CAUSE',
] as const;
