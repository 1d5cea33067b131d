/**
 * Evidence page tests: point the one recordsStore at the current wx fake (fresh repository
 * over wx storage, real file service), with controllable undo timers, and helpers to watch
 * every setData a page sends.
 */
import { runInAction } from 'mobx-miniprogram';
import { recordsStore, wxKV } from '../../miniprogram/stores/records';
import { FakeTimers } from './fake-timers';
import { createEvidenceFiles } from '../../miniprogram/services/files';
import { EvidenceRepository } from '../../miniprogram/core/evidence';
import type { Rendered } from './page';

export { FakeTimers };

let t0 = Date.UTC(2024, 4, 1, 2, 0, 0);
/** Reset the shared store onto the current fake phone; returns the undo timers. */
export function resetRecords(opts: { init?: boolean } = {}): FakeTimers {
  const timers = new FakeTimers();
  recordsStore.undoDelete();
  recordsStore.configure({
    repo: new EvidenceRepository({ kv: wxKV(), now: () => (t0 += 1000) }),
    files: createEvidenceFiles(),
    timers,
    undoWindowMs: 5000,
  });
  recordsStore.closeCase();
  recordsStore.clearError();
  if (opts.init !== false) recordsStore.init();
  else
    runInAction(() => {
      recordsStore.ready = false;
      recordsStore.warnings = [];
      recordsStore.cases = [];
    });
  return timers;
}

/** Record the JSON size of every setData the rendered page makes from now on. */
export function watchSetData(page: Rendered): { sizes: number[]; payloads: unknown[] } {
  const inst = page.instance as unknown as { setData: (d: object, cb?: () => void) => void };
  const orig = inst.setData.bind(inst);
  const out = { sizes: [] as number[], payloads: [] as unknown[] };
  inst.setData = (d: object, cb?: () => void) => {
    out.sizes.push(JSON.stringify(d).length);
    out.payloads.push(d);
    return orig(d, cb);
  };
  return out;
}
