// The checker: one notice in, a verdict that explains itself out. Pure TypeScript, used by
// the mini program (stores/) and the CLI alike.

import { errorType } from '../error-type';
import type { CheckResult, Entity, EntityKind, NoticeInput, Signal, SignalId } from '../types';
import { Context, cueNumbers, type Hit } from './context';
import type { CueClass } from './cues';
import { asked } from './frames';
import { decide, summaryOf } from './verdict';
import { foreignDebtNotice } from './foreign-debt';
import { nextSteps } from './next-steps';
import type { Found, SignalRule } from '../signals/rule';
import { spans } from '../signals/rule';
import { payToUnofficialAccount } from '../signals/pay-to-unofficial-account';
import { credentialRequest } from '../signals/credential-request';
import { remoteControl } from '../signals/remote-control';
import { accountCancellation } from '../signals/account-cancellation';
import { creditRepair } from '../signals/credit-repair';
import { advanceFee } from '../signals/advance-fee';
import { debtReliefAgency } from '../signals/debt-relief-agency';
import {
  authorityThreat,
  authorityThreats,
  onlyConditionalThreats,
} from '../signals/authority-threat';
import { contactExposure } from '../signals/contact-exposure';
import { intimidation } from '../signals/intimidation';
import { urgency } from '../signals/urgency';
import { nightCollection } from '../signals/night-collection';
import { unknownDebt } from '../signals/unknown-debt';
import { impersonation } from '../signals/impersonation';
import { fakeReward } from '../signals/fake-reward';
import { loanLure } from '../signals/loan-lure';
import { fundRecovery } from '../signals/fund-recovery';
import { fakeEmergency } from '../signals/fake-emergency';
import { investmentLure } from '../signals/investment-lure';
import { serviceSuspension } from '../signals/service-suspension';
import { channelFacts, makeChannelRules } from '../signals/channels';
import { companionSignals, numberAsked, siteAsked } from '../signals/companions';
import { verdictCompanions } from '../signals/verdict-companions';
import { SCAM_SIGNALS } from './verdict';
import { secondOpinion } from '../model/second-opinion';
import { asksOf } from '../model/gate';
// The big regexes' plans, handed to engine/regex-plan.ts on load.
import './regex-plans';

/** Longest text checked; a longer paste is checked up to here and the result says so. */
export const MAX_CHECK_CHARS = 20000;

export type InputError = Error;
export const InputError = errorType<InputError, [message: string]>('InputError', (m) => m);

const BEHAVIOUR_RULES: SignalRule[] = [
  payToUnofficialAccount,
  credentialRequest,
  remoteControl,
  accountCancellation,
  creditRepair,
  advanceFee,
  debtReliefAgency,
  authorityThreat,
  contactExposure,
  intimidation,
  urgency,
  nightCollection,
  fakeReward,
  loanLure,
  fundRecovery,
  fakeEmergency,
  investmentLure,
  serviceSuspension,
];

/** Tests only: `false` runs every rule on every notice (proves the rules' `needs`). */
let dispatchByNeeds = true;
export function setRuleDispatch(on: boolean): void {
  dispatchByNeeds = on;
}

/**
 * What a rule needs to be able to fire: a hit of one of these cue classes or an entity of one of
 * these kinds; the checker does not run it otherwise (most rules cannot fire on most notices).
 * Rules with a path over raw text (a regex) are not listed: they always run (advance_fee,
 * credit_repair, debt_relief_agency and investment_lure have such paths, authority_threat reads
 * Korean prosecutor scripts, which carry none of its Chinese cues). Kept here, not on the
 * rule objects, so every rule keeps one object shape (a second shape made checks slower).
 * test/unit/engine/rule-dispatch.test.ts runs the whole corpus with and without the skip.
 */
const NEEDS = new Map<SignalRule, { cues: readonly CueClass[]; entities?: readonly EntityKind[] }>([
  [credentialRequest, { cues: ['SECRET', 'SECRET_WEAK', 'ALARM', 'ASK_IDENT'] }],
  [fakeEmergency, { cues: ['EMERGENCY', 'KIDNAP'] }],
  [fundRecovery, { cues: ['RECOVERY'] }],
  [remoteControl, { cues: ['FIN', 'DOWNLOAD', 'REMOTE_APP'], entities: ['link'] }],
]);
let needNos: Map<SignalRule, Int32Array> | null = null;

/** The rule may fire: it is not listed in NEEDS, or the notice has one of its needs. */
function mayFire(rule: SignalRule, ctx: Context): boolean {
  const need = dispatchByNeeds ? NEEDS.get(rule) : undefined;
  if (need === undefined) return true;
  if (!needNos) needNos = new Map([...NEEDS].map(([r, n]) => [r, cueNumbers(n.cues)]));
  if (ctx.hasAnyNo(needNos.get(rule) as Int32Array)) return true;
  const kinds = need.entities;
  return !!kinds && ctx.entities.some((e) => kinds.includes(e.kind));
}

/**
 * The institution's own number and another given as alternatives of one line ("若有疑问请致电
 * 4007800087或13900000000"): a lender's template naming its collector's line beside its hotline.
 * A number offered on its own to sort the debt out ("请联系专员138…处理") is not this.
 */
function hotlineOrMobile(ctx: Context, facts: ReturnType<typeof channelFacts>): boolean {
  const phones = ctx.entities.filter((e) => e.kind === 'phone');
  for (let i = 0; i < phones.length; i++) {
    const a = phones[i];
    if (facts.status.get(a) !== 'official') continue;
    const pa = ctx.entityPos(a);
    for (let j = 0; j < phones.length; j++) {
      const b = phones[j];
      if (b === a || facts.status.get(b) === 'official') continue;
      const pb = ctx.entityPos(b);
      const gap = pa.e <= pb.s ? ctx.text.slice(pa.e, pb.s) : ctx.text.slice(pb.e, pa.s);
      if (/^\s*(或|或者|、|\/|or)\s*$/.test(gap)) return true;
    }
  }
  return false;
}

/** Every rule, for documentation and the UI's signal glossary. */
export function allRules(): Array<Pick<SignalRule, 'id' | 'title' | 'explanation'>> {
  const ch = makeChannelRules(
    { status: new Map(), owner: new Map(), knownNumbers: [], knownDomains: [] },
    () => false,
  );
  return [...BEHAVIOUR_RULES, ch.link, ch.number, unknownDebt, impersonation].map(
    ({ id, title, explanation }) => ({ id, title, explanation }),
  );
}

/** Rejects what is not a notice: empty, or binary pasted as text. */
export function validateText(text: unknown): string {
  if (typeof text !== 'string') throw new InputError('请输入文字内容。');
  if (!text.trim()) throw new InputError('内容是空的：请粘贴或输入收到的消息。');
  const sample = text.length > 4096 ? text.slice(0, 4096) : text;
  // Text with no control character at all (nearly every notice) needs no count.
  if (!/[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd]/.test(sample)) return text;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++;
  }
  if (control > 8 && control / sample.length > 0.05)
    throw new InputError('这看起来不是文字（可能是图片或其他文件）。请粘贴消息的文字内容。');
  return text;
}

const ADVISORY_SENDERS = /^(?:\+?86)?(?:0\d{2,3})?(12381|96110)$/;

export function checkNotice(input: NoticeInput): CheckResult {
  const full = validateText(input.text);
  let text = full;
  let truncated: CheckResult['truncated'];
  if (full.length > MAX_CHECK_CHARS) {
    let cut = MAX_CHECK_CHARS;
    const c = full.charCodeAt(cut - 1);
    if (c >= 0xd800 && c <= 0xdbff) cut--; // do not split an emoji
    text = full.slice(0, cut);
    truncated = { checkedChars: cut, totalChars: full.length };
  }
  // One object shape for every input (a spread copied whatever fields the caller's object had,
  // and inputs of varying shapes made the checker's property reads slow).
  const ctx = new Context({
    text,
    channel: input.channel,
    sender: input.sender,
    borrowed: input.borrowed,
  });
  const facts = channelFacts(ctx);

  // An anti-fraud warning quotes scam scripts; it is not one, unless it carries its own contact.
  const actionable = ctx.entities.some(
    (e) =>
      (e.kind === 'link' && facts.status.get(e) !== 'official') ||
      e.kind === 'qq' ||
      e.kind === 'wechat_id' ||
      e.kind === 'bank_card' ||
      e.kind === 'email' ||
      (e.kind === 'phone' &&
        facts.status.get(e) !== 'official' &&
        (e.detail === 'mobile' ||
          e.detail === 'landline' ||
          e.detail === 'service400' ||
          e.detail === 'intl')),
  );
  const senderDigits = (input.sender || '').replace(/[^\d+]/g, '');
  // A lender's reminder that ends with an anti-fraud tip is still a reminder about your debt.
  // Looked at only for what would otherwise be a warning.
  const personalDebt = () =>
    /(您|你)(的|在|尾号)[^。!?\n]{0,20}(逾期|欠款|应还|借款|账单|待还)/.test(ctx.text);
  // A caller shown as 96110 who asks you to move money into a "safe account" is spoofing the
  // anti-fraud line, not warning you: a warning never asks for the transfer it warns against.
  // Only the caller id is spoofable: a warning's own words ("凡是…都是诈骗") still make it one.
  const asksTransfer = () =>
    !ctx.has('ADVISORY_QUOTE') &&
    ctx.all('PAY_ACCOUNT').some((h) => !ctx.negated(h, 16) && !!asked(ctx, h, 20));
  const advisory =
    (ctx.has('ADVISORY') ||
      (ADVISORY_SENDERS.test(senderDigits) && !asksTransfer()) ||
      /^【12381】/.test(ctx.text)) &&
    !actionable &&
    !personalDebt();

  const found: Found = { ids: new Set(), advisory };
  const signals: Signal[] = [];
  const run = (rule: SignalRule) => {
    if (!mayFire(rule, ctx)) return;
    const sp = rule.detect(ctx, found);
    if (sp.length) {
      found.ids.add(rule.id);
      signals.push({ id: rule.id, title: rule.title, explanation: rule.explanation, spans: sp });
    }
  };
  if (!advisory) {
    for (let i = 0; i < BEHAVIOUR_RULES.length; i++) {
      const r = BEHAVIOUR_RULES[i];
      run(r);
    }
    const ch = makeChannelRules(facts, () => [...found.ids].some((s) => SCAM_SIGNALS.has(s)));
    run(ch.link);
    run(ch.number);
    run(unknownDebt);
    run(impersonation);
  }

  const ids = new Set<SignalId>(signals.map((s) => s.id));
  const notLoan = ctx.all('LOAN_FALSE');
  // A reminder is about what the reader owes: loan words alone ("贷款电话骚扰") are not enough.
  const live = (h: Hit) => !ctx.negated(h, 3) && !notLoan.some((f) => f.s <= h.s && f.e >= h.e);
  const loanContext =
    !advisory &&
    ((ctx.all('LOAN').some(live) && ctx.all('OBLIGATION').some(live)) || foreignDebtNotice(ctx));
  // A real service's own code message ("验证码…请勿告诉他人") is not about a debt even when it
  // names a loan product ("用于微粒贷借款身份验证").
  const codeMessage =
    ctx.has('SAFE_CODE') &&
    ctx.all('SECRET').some((h) => /码|code/.test(ctx.text.slice(h.s, h.e))) &&
    !ids.has('credential_request') &&
    !/逾期|欠款|拖欠|未还|应还|催收|还款/.test(ctx.text);
  const ruled = decide({
    ids,
    loanContext,
    claimsKnownInstitution: facts.knownNumbers.length > 0,
    advisoryOnly: advisory,
    codeMessage,
    officialPay: ctx.live('OFFICIAL_PAY').length > 0,
    officialNumber: hotlineOrMobile(ctx, facts),
    lawsuitOnly: ids.has('authority_threat') && !authorityThreats(ctx).criminal.length,
    debtTalk: ctx.debtTalk,
    authorityConditional: ids.has('authority_threat') && onlyConditionalThreats(ctx),
  });
  // The learned second opinion may raise reminder/unrelated to scam; never abusive, never lower.
  const { verdict, risk } = secondOpinion(ctx.n, ruled, signals, ids, advisory || codeMessage, () =>
    asksOf(
      ctx,
      actionable,
      // A directory link or number, or the hotline of an institution it names ("来电号码为95595").
      ctx.entities.some((e) => facts.status.get(e) === 'official') ||
        ctx.mentions.some((m) => m.entry.hotlines.some((h) => ctx.text.includes(h.number))),
    ),
  );

  // A scam shows every behaviour its text carries, not only the one that decided it.
  if (verdict === 'scam' && !advisory) {
    for (let i = 0, list = companionSignals(ctx, ids); i < list.length; i++) {
      const c = list[i];
      signals.push(c);
      ids.add(c.id);
    }
    // Once it is a scam, the number or link it offers is the scam's own, whatever the rules
    // thought of it before they knew (DESIGN.md: unknown is not unofficial — until it is a scam).
    const known = makeChannelRules(facts, () => true);
    for (let i = 0, list = [known.link, known.number]; i < list.length; i++) {
      const rule = list[i];
      if (ids.has(rule.id)) continue;
      let sp = rule.detect(ctx, found);
      // A link, QQ or WeChat id in a scam is where the scam leads, whatever brand it wears.
      if (!sp.length) {
        const kinds: EntityKind[] = rule === known.link ? ['link'] : ['qq', 'wechat_id'];
        const own = ctx.entities.filter(
          (e) => kinds.includes(e.kind) && facts.status.get(e) !== 'official',
        );
        for (let j = 0; j < own.length; j++) {
          const e = own[j];
          facts.status.set(e, 'unofficial');
        }
        sp = own.map((e) => e.span);
        // A site it sends the reader to, its address cut from the quote or masked.
        // ... or a site or number it sends the reader to whose address or digits the text does
        // not give in full (cut from the quote, masked).
        if (!sp.length && rule === known.link && !ctx.entitiesOf('link').length)
          sp = spans(ctx, siteAsked(ctx));
        if (!sp.length && rule === known.number) sp = spans(ctx, numberAsked(ctx));
      }
      if (!sp.length) continue;
      signals.push({ id: rule.id, title: rule.title, explanation: rule.explanation, spans: sp });
      ids.add(rule.id);
    }
  }
  // A scam or abusive notice also shows the pressure and threats its text carries.
  if (!advisory)
    for (let i = 0, list = verdictCompanions(ctx, ids, verdict); i < list.length; i++) {
      const c = list[i];
      signals.push(c);
      ids.add(c.id);
    }
  // Order signals: what decided the verdict first.
  signals.sort((a, b) => rank(b.id) - rank(a.id));
  const entities: Entity[] = ctx.entities.map((e) => {
    const out: Entity = { kind: e.kind, text: e.text, value: e.value, span: e.span };
    // An account or payee the message asks you to pay into is, by that request, not official.
    if ((e.kind === 'bank_card' || e.kind === 'email') && ids.has('pay_to_unofficial_account'))
      facts.status.set(e, 'unofficial');
    const st = facts.status.get(e);
    if (st) out.status = st;
    const owner = facts.owner.get(e);
    if (owner) out.entryId = owner;
    if (e.detail) out.detail = e.detail;
    return out;
  });
  const seen = new Set<string>();
  for (let i = 0, list = ctx.mentions; i < list.length; i++) {
    const m = list[i];
    if (seen.has(m.entry.id)) continue;
    seen.add(m.entry.id);
    entities.push({
      kind: 'institution',
      text: ctx.n.original.slice(m.span[0], m.span[1]),
      value: m.entry.id,
      span: m.span,
      entryId: m.entry.id,
    });
  }
  entities.sort((a, b) => a.span[0] - b.span[0]);
  const institutions = ctx.mentions.map((m) => m.entry);
  const result: CheckResult = {
    verdict,
    risk,
    summary: summaryOf(
      verdict,
      signals
        .filter((s) =>
          verdict === 'scam'
            ? SCAM_SIGNALS.has(s.id) || s.id === 'unofficial_number' || s.id === 'unknown_debt'
            : true,
        )
        .map((s) => s.title),
    ),
    signals,
    entities,
    next_steps: nextSteps(verdict, ids, institutions, {
      unverifiedLink: entities.some((e) => e.kind === 'link' && e.status === 'unverified'),
    }),
  };
  if (truncated) result.truncated = truncated;
  return result;
}

function rank(id: SignalId): number {
  if (SCAM_SIGNALS.has(id)) return 3;
  if (id === 'unofficial_number' || id === 'unknown_debt') return 2;
  if (id === 'urgency') return 0;
  return 1;
}
