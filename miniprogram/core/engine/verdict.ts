// From signals to one of four verdicts and a 0–100 risk. The scam set is behaviour that
// takes money, codes or control by deception; the abusive set is prohibited collection by a
// plausibly real collector. Scam wins: a threatening message that also diverts payment is a scam.

import type { SignalId, Verdict } from '../types';

export const SCAM_SIGNALS: ReadonlySet<SignalId> = new Set<SignalId>([
  'pay_to_unofficial_account',
  'credential_request',
  'remote_control',
  'unofficial_link',
  'account_cancellation',
  'credit_repair',
  'advance_fee',
  'debt_relief_agency',
  'impersonation',
  'fake_reward',
  'loan_lure',
  'fund_recovery',
  'fake_emergency',
  'investment_lure',
  'service_suspension',
  'scam_script',
]);

export const ABUSIVE_SIGNALS: ReadonlySet<SignalId> = new Set<SignalId>([
  'contact_exposure',
  'intimidation',
  'authority_threat',
  'night_collection',
]);

const WEIGHT: Record<SignalId, number> = {
  pay_to_unofficial_account: 14,
  credential_request: 14,
  remote_control: 14,
  unofficial_link: 10,
  unofficial_number: 8,
  account_cancellation: 10,
  credit_repair: 10,
  advance_fee: 10,
  debt_relief_agency: 8,
  impersonation: 8,
  unknown_debt: 8,
  authority_threat: 10,
  contact_exposure: 10,
  intimidation: 10,
  urgency: 4,
  night_collection: 6,
  fake_reward: 10,
  loan_lure: 8,
  fund_recovery: 10,
  fake_emergency: 10,
  investment_lure: 8,
  service_suspension: 10,
  scam_script: 6,
};

export interface VerdictInput {
  ids: Set<SignalId>;
  loanContext: boolean;
  /** A number/WeChat id offered as the contact while the message names a known institution. */
  claimsKnownInstitution: boolean;
  advisoryOnly: boolean;
  codeMessage: boolean;
  /** The message sends payment to the lender's own app or official channel. */
  officialPay?: boolean;
  /** The message gives the named institution's own directory number as a line to call. */
  officialNumber?: boolean;
  /** authority_threat found only civil process (a suit, a judgment, a blacklist), no arrest. */
  lawsuitOnly?: boolean;
  /** The message talks about a debt (or the reader says they borrowed). */
  debtTalk?: boolean;
  /**
   * authority_threat found only the speaker's own conditional threats ("再不还就报警抓你"): no
   * authority persona, no lawyer, no process said to be under way.
   */
  authorityConditional?: boolean;
}

export function decide(v: VerdictInput): { verdict: Verdict; risk: number } {
  const ids = v.ids;
  const has = (s: SignalId) => ids.has(s);
  let scam = [...ids].some((s) => SCAM_SIGNALS.has(s));
  // A lender announcing its own lawsuit is a reminder, however blunt; an arrest threat is not.
  // With no debt in sight an accusation of a crime is not a collector's threat: abusive needs
  // a debt, except for people sent to the reader (intimidation needs none).
  const abusive = [...ids].some(
    (s) =>
      ABUSIVE_SIGNALS.has(s) &&
      !(s === 'authority_threat' && (v.lawsuitOnly || v.debtTalk === false)),
  );
  // A private contact offered in the message is a scam marker — where it is the route to sort
  // the debt out — unless it belongs to an otherwise "only" abusive collector of an unknown
  // lender, or the message sends payment to the official app anyway (a rude collector's own
  // mobile is not payment diversion). A "lawyer" or "court" reachable only on a private number
  // is a fake legal process. The sender's own number never counts here (channels.ts).
  // A collector's own "不还就报警" beside their own number is still the collector's number.
  const fakeLegal = has('authority_threat') && !v.authorityConditional;
  // ... or gives the institution's own hotline beside the mobile ("若有疑问请致电4007800087或
  // 139…"): the lender's template naming its collector's line, not a route away from the lender.
  if (
    has('unofficial_number') &&
    !(abusive && (v.officialPay || v.officialNumber)) &&
    (!abusive || v.claimsKnownInstitution || fakeLegal)
  )
    scam = true;
  // Never borrowed, yet a debt is asserted: a fabricated debt until the lender's own app says
  // otherwise.
  if (has('unknown_debt')) scam = true;

  let verdict: Verdict;
  if (scam) verdict = 'scam';
  else if (abusive) verdict = 'abusive';
  else if (v.advisoryOnly || v.codeMessage) verdict = 'unrelated';
  else if (v.loanContext) verdict = 'reminder';
  else verdict = 'unrelated';

  let sum = 0;
  for (const s of ids) sum += WEIGHT[s] || 0;
  let risk: number;
  if (verdict === 'scam') risk = Math.min(100, 70 + sum);
  else if (verdict === 'abusive') risk = Math.min(85, 45 + sum);
  else if (verdict === 'reminder') risk = Math.min(30, 10 + sum);
  else risk = Math.min(10, sum);
  return { verdict, risk };
}

/** One plain sentence under the verdict label (the label itself says scam/abusive/…). */
export function summaryOf(verdict: Verdict, titles: string[]): string {
  const top = titles.slice(0, 2).join('、');
  switch (verdict) {
    case 'scam':
      return `${top ? `发现：${top}。` : ''}不要转账，不要说验证码，不要回拨消息里的号码。`;
    case 'abusive':
      return `${top ? `对方用了违规手段：${top}。` : ''}欠款先核实，违规行为可以投诉。`;
    case 'reminder':
      return '没有发现诈骗或违规的迹象。仍请用官方渠道核实，不要用消息里的号码或链接。';
    default:
      return '没有发现与借款、催收有关的内容或风险。';
  }
}
