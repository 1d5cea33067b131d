// The learned second opinion (DESIGN.md "Rules explain, a model widens"): where the rules found
// no scam behaviour and would answer `reminder` or `unrelated`, a notice whose wording scores
// like known scam scripts becomes `scam` with the `scam_script` signal, highlighting the phrases
// that drove the score. It never touches `abusive`, never lowers a verdict, stays silent on
// anti-fraud warnings and a service's own code messages (the rules' `blocked`), and acts only
// where the message asks the reader to act outside official channels, or, at a stricter
// threshold, on a debt notice that names no channel at all (gate.ts).

import type { Signal, SignalId, Span, Verdict } from '../types';
import { toOriginal, type Normalized } from '../text/normalize';
import { SCAM_SIGNALS } from '../engine/verdict';
import { Scorer, type ModelFile } from './scorer';
import type { Features } from './features';
import { gateReason, type Asks, type GateReason } from './gate';

/** Whether the model may change verdicts: on since its gate and dev-picked threshold add no
 * false alarm on dev or the hold-out while catching dev scams the rules miss (`npm run eval`). */
export const MODEL_IN_VERDICT = true;

export const SCAM_SCRIPT = {
  id: 'scam_script' as const,
  title: '与常见诈骗话术相似',
  explanation:
    '这条消息的说法和大量真实诈骗短信、诈骗电话很像（标出的是最像的词句）。规则没有认出具体手法，但请当作诈骗处理：先不要转账、不要给验证码、不要点链接或回拨，自己打官方客服核实。',
};

export interface Decision {
  verdict: Verdict;
  risk: number;
}

/** What the second opinion saw on the last notice (for `npm run train` / `eval` sweeps). */
export interface Trace {
  /** The rules left the verdict open (reminder/unrelated, no scam behaviour, not an advisory). */
  eligible: boolean;
  /** Why the gate lets the model act on this message (null: it may not). */
  gate: GateReason | null;
  /** The gate's facts (eligible messages only). */
  asks?: Asks;
  logit: number;
}

let shipped: Scorer | null = null;
let override: Scorer | null | undefined;
let last: Trace | null = null;

/** The shipped model, decoded on first use. */
export function shippedScorer(): Scorer {
  if (!shipped) {
    // The weights file (87 KB of base64) is loaded on the first notice the model scores, not when
    // the checker loads: on a phone module load pays for every file it reaches, and most notices
    // never get past the gate. A literal path, so WeChat's packager still ships the file.
    // eslint-disable-next-line @typescript-eslint/no-require-imports, no-restricted-globals
    const { MODEL } = require('./weights') as { MODEL: ModelFile };
    shipped = Scorer.fromFile(MODEL);
  }
  return shipped;
}

/** Tools only: score with another model (`null`: no model, `undefined`: the shipped one). */
export function useScorer(s: Scorer | null | undefined): void {
  override = s;
}

export function lastTrace(): Trace | null {
  return last;
}

// Clause breaks in the normalised text (the rules split clauses on the same marks).
const BREAKS = new Uint8Array(0x10000);
for (const c of '。!?;\n！？；…,，:：()（）“”"「」【】[]、') BREAKS[c.charCodeAt(0)] = 1;
const LONG_CLAUSE = 40;
const MAX_SPANS = 3;

/**
 * Original-text spans of what drove the score: the clauses whose n-grams add up to the largest
 * push towards "scam" (DESIGN.md: a span covers the clause that carries the behaviour). In a
 * clause too long to read at a glance, only its strongest n-grams are marked.
 */
function phraseSpans(n: Normalized, scorer: Scorer, f: Features): Span[] {
  const t = n.text.text;
  const clauses = new Map<number, { s: number; e: number; sum: number; grams: number[] }>();
  for (let i = 0; i < f.count; i++) {
    const w = scorer.weight(f.buckets[i]);
    if (w === 0) continue;
    let a = f.s[i];
    while (a > 0 && !BREAKS[t.charCodeAt(a - 1)]) a--;
    let c = clauses.get(a);
    if (!c) {
      let b = f.e[i];
      while (b < t.length && !BREAKS[t.charCodeAt(b)]) b++;
      c = { s: a, e: b, sum: 0, grams: [] };
      clauses.set(a, c);
    }
    c.sum += w;
    if (w > 0 && f.e[i] - f.s[i] >= 2) c.grams.push(i);
  }
  const top = [...clauses.values()]
    .filter((c) => c.sum > 0)
    .sort((x, y) => y.sum - x.sum)
    .slice(0, MAX_SPANS);
  const out: Span[] = [];
  for (let j = 0; j < top.length; j++) {
    const c = top[j];
    if (c.e - c.s <= LONG_CLAUSE) {
      out.push(toOriginal(n.text, c.s, c.e));
      continue;
    }
    const strongest = c.grams.sort(
      (x, y) => scorer.weight(f.buckets[y]) - scorer.weight(f.buckets[x]),
    );
    for (let k = 0, list = strongest.slice(0, 3); k < list.length; k++) {
      const i = list[k];
      out.push(toOriginal(n.text, f.s[i], f.e[i]));
    }
  }
  // Merge what overlaps, in text order.
  const merged: Span[] = [];
  const sorted = out.filter((x) => x[1] > x[0]).sort((x, y) => x[0] - y[0]);
  for (let i = 0; i < sorted.length; i++) {
    const sp = sorted[i];
    const prev = merged[merged.length - 1];
    if (prev && sp[0] <= prev[1]) prev[1] = Math.max(prev[1], sp[1]);
    else merged.push([sp[0], sp[1]]);
  }
  return merged;
}

/**
 * The rules' decision, raised to `scam` when the model is confident and allowed to act.
 * Adds the signal to `signals` and `ids` when it does.
 */
export function secondOpinion(
  n: Normalized,
  ruled: Decision,
  signals: Signal[],
  ids: Set<SignalId>,
  blocked: boolean,
  /** Read only where the model may act (it costs a few cue look-ups). */
  asks: () => Asks,
): Decision {
  last = null;
  if (override === null || (override === undefined && !MODEL_IN_VERDICT)) return ruled;
  // Fetched only where a notice is scored: the shipped weights load on first use.
  const chosen = override;
  const scorer = (): Scorer => chosen || shippedScorer();
  const eligible =
    !blocked &&
    (ruled.verdict === 'reminder' || ruled.verdict === 'unrelated') &&
    ![...ids].some((s) => SCAM_SIGNALS.has(s));
  if (!eligible) {
    last = { eligible, gate: null, logit: NaN };
    return ruled;
  }
  const a = asks();
  const gate = gateReason(a, ruled.verdict);
  if (gate === null) {
    // Scored only if a tool asks what the gate holds back: most eligible notices stop here.
    let logit: number | undefined;
    last = {
      eligible,
      gate,
      asks: a,
      get logit() {
        if (logit === undefined) logit = scorer().scoreLayer(n.text).logit;
        return logit;
      },
    };
    return ruled;
  }
  const model = scorer();
  const scored = model.scoreLayer(n.text);
  last = { eligible, gate, asks: a, logit: scored.logit };
  const bar = gate === 'plain_notice' ? model.plainThreshold : model.threshold;
  if (!(scored.logit > bar)) return ruled;
  const spans = phraseSpans(n, model, scored.features);
  signals.push({ ...SCAM_SCRIPT, spans });
  ids.add(SCAM_SCRIPT.id);
  return { verdict: 'scam', risk: Math.max(ruled.risk, 75) };
}
