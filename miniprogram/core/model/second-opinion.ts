// The learned second opinion (DESIGN.md "Rules explain, a model widens"): where the rules found
// no scam behaviour and would answer `reminder` or `unrelated`, a notice whose wording scores
// like known scam scripts becomes `scam` with the `scam_script` signal, highlighting the phrases
// that drove the score. It never touches `abusive`, never lowers a verdict, and stays silent on
// anti-fraud warnings and a service's own code messages (the rules' `blocked`).

import type { Signal, SignalId, Span, Verdict } from '../types';
import { toOriginal, type Normalized } from '../text/normalize';
import { SCAM_SIGNALS } from '../engine/verdict';
import { Scorer } from './scorer';
import { MODEL } from './weights';

/** Whether the model may change verdicts. `npm run eval` decides it on the test split. */
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
  eligible: boolean;
  logit: number;
}

let shipped: Scorer | null = null;
let override: Scorer | null | undefined;
let last: Trace | null = null;

/** The shipped model, decoded on first use. */
export function shippedScorer(): Scorer {
  if (!shipped) shipped = Scorer.fromFile(MODEL);
  return shipped;
}

/** Tools only: score with another model (`null`: no model, `undefined`: the shipped one). */
export function useScorer(s: Scorer | null | undefined): void {
  override = s;
}

export function lastTrace(): Trace | null {
  return last;
}

/** Original-text spans of the strongest n-grams, overlapping ones merged. */
function phraseSpans(n: Normalized, scorer: Scorer, f: ReturnType<Scorer['scoreLayer']>): Span[] {
  const spans = scorer
    .top(f.features, 6)
    .map((c) => toOriginal(n.text, c.s, c.e))
    .filter((s) => s[1] > s[0])
    .sort((a, b) => a[0] - b[0]);
  const out: Span[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev && s[0] <= prev[1]) prev[1] = Math.max(prev[1], s[1]);
    else out.push([s[0], s[1]]);
  }
  return out;
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
): Decision {
  last = null;
  const scorer = override === undefined ? (MODEL_IN_VERDICT ? shippedScorer() : null) : override;
  if (!scorer) return ruled;
  const eligible =
    !blocked &&
    (ruled.verdict === 'reminder' || ruled.verdict === 'unrelated') &&
    ![...ids].some((s) => SCAM_SIGNALS.has(s));
  if (!eligible) {
    last = { eligible, logit: NaN };
    return ruled;
  }
  const scored = scorer.scoreLayer(n.text);
  last = { eligible, logit: scored.logit };
  if (!(scored.logit > scorer.threshold)) return ruled;
  const spans = phraseSpans(n, scorer, scored);
  signals.push({ ...SCAM_SCRIPT, spans });
  ids.add(SCAM_SCRIPT.id);
  return { verdict: 'scam', risk: Math.max(ruled.risk, 75) };
}
