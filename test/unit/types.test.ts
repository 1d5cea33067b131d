import type { CheckResult } from '../../miniprogram/core/types';

test('placeholder keeps the unit project non-empty until the engine lands', () => {
  const r: Partial<CheckResult> = { verdict: 'reminder' };
  expect(r.verdict).toBe('reminder');
});
