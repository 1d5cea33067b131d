import type { SignalId, Span } from '../types';
import type { Context, Hit } from '../engine/context';

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

export function spans(
  ctx: Context,
  hits: Array<Hit | { s: number; e: number } | undefined>,
): Span[] {
  const out: Span[] = [];
  for (const h of hits) if (h) out.push(ctx.spanOf(h));
  return dedupe(out);
}

export function dedupe(list: Span[]): Span[] {
  const seen = new Set<string>();
  const out: Span[] = [];
  for (const s of list.sort((a, b) => a[0] - b[0] || a[1] - b[1])) {
    const k = s[0] + ':' + s[1];
    if (s[1] > s[0] && !seen.has(k)) {
      seen.add(k);
      out.push(s);
    }
  }
  return out;
}
