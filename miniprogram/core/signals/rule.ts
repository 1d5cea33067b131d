import type { SignalId, Span } from '../types';
import type { Context, Hit } from '../engine/context';
import { clauseAround } from '../engine/frames';

/** What a rule sees besides the context: the signals found by the rules before it. */
export interface Found {
  ids: Set<SignalId>;
  /** The message is an anti-fraud warning (12381, 96110, "凡是…都是诈骗"). */
  advisory: boolean;
}

export interface SignalRule {
  id: SignalId;
  /** Short Chinese title shown on the result card. */
  title: string;
  /** Plain Chinese: what it is and why it matters. */
  explanation: string;
  /** Original-text spans that triggered the signal; empty when it did not fire. */
  detect(ctx: Context, found: Found): Span[];
}

/**
 * The spans a signal reports: for each cue the rule combined, the clause that carries it (to
 * clause punctuation, capped on each side), so the user sees "带人去你公司堵你", not "就" or
 * "明天". Overlapping clauses merge into one.
 */
export function spans(
  ctx: Context,
  hits: Array<Hit | { s: number; e: number } | undefined>,
): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (h) out.push(ctx.spanOf(clauseAround(ctx, h)));
  }
  return merge(dedupe(out));
}

/** Sorted spans with overlaps joined. */
function merge(list: Span[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < list.length; i++) {
    const s = list[i];
    const last = out[out.length - 1];
    if (last && s[0] < last[1]) last[1] = Math.max(last[1], s[1]);
    else out.push([s[0], s[1]]);
  }
  return out;
}

export function dedupe(list: Span[]): Span[] {
  const out: Span[] = [];
  // Sorted, equal spans are neighbours: the last kept is the only one a span can repeat.
  for (let i = 0, items = list.sort((a, b) => a[0] - b[0] || a[1] - b[1]); i < items.length; i++) {
    const s = items[i];
    const last = out[out.length - 1];
    if (s[1] > s[0] && !(last && last[0] === s[0] && last[1] === s[1])) out.push(s);
  }
  return out;
}
