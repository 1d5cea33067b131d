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

/** Asserts a scam verdict that shows every listed signal. */
export function scamWith(text: string, ...want: SignalId[]): CheckResult {
  const r = check(text);
  expect(r.verdict).toBe('scam');
  for (const id of want) expect(ids(r)).toContain(id);
  return r;
}

/** Asserts a verdict other than scam, without any of the listed signals. */
export function notScam(text: string, ...absent: SignalId[]): CheckResult {
  const r = check(text);
  expect(r.verdict).not.toBe('scam');
  for (const id of absent) expect(ids(r)).not.toContain(id);
  return r;
}

/** Asserts an abusive verdict that shows `id`, highlighting `clause` when one is given. */
export function abusiveWith(text: string, id: SignalId, clause?: string): CheckResult {
  const r = check(text);
  expect(r.verdict).toBe('abusive');
  expect(ids(r)).toContain(id);
  if (clause) expect(shown(text, r, id)).toContain(clause);
  return r;
}

/** Asserts a verdict other than abusive, without any of the listed signals. */
export function notAbusive(text: string, ...absent: SignalId[]): CheckResult {
  const r = check(text);
  expect(r.verdict).not.toBe('abusive');
  for (const id of absent) expect(ids(r)).not.toContain(id);
  return r;
}
