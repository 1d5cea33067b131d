// What the rule tests read from a check: the verdict for a text, the signal ids, and the words
// a signal highlights in the ORIGINAL text (through its spans).
import { checkNotice } from '../../miniprogram/core/check';
import type { CheckResult, NoticeInput, SignalId } from '../../miniprogram/core/types';

export function check(text: string, extra: Partial<NoticeInput> = {}): CheckResult {
  return checkNotice({ text, ...extra });
}

export function ids(r: CheckResult): SignalId[] {
  return r.signals.map((s) => s.id);
}

/** The highlighted text of one signal, spans joined by '|' ('' when it did not fire). */
export function shown(text: string, r: CheckResult, id: SignalId): string {
  const s = r.signals.find((x) => x.id === id);
  return s ? s.spans.map(([a, b]) => text.slice(a, b)).join('|') : '';
}
