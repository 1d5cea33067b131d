// The breaks found by the fault probes of issue 10, one test each (items 1–6; 7–9 live in
// mask-fields, coverage and verify-stream tests). Each failed on main 526a454.
import { createWxFake, WxFake } from '../../wx-fake';
import {
  EvidenceError,
  EvidenceRepository,
  IDX_PAGE,
  K,
  MSG,
} from '../../../miniprogram/core/evidence/index';
import { RecordsStore, SWEEP_DELAY_MS, wxKV } from '../../../miniprogram/stores/records';
import { createEvidenceFiles } from '../../../miniprogram/services/files';
import { FakeTimers } from '../../helpers/fake-timers';
import { clock, ids, MemoryKV } from './helpers';

function repoOver(kv: MemoryKV, prefix = 'id') {
  const r = new EvidenceRepository({ kv, now: clock(), newId: ids(prefix) });
  r.init();
  return r;
}

function caseWith(kv: MemoryKV, n: number, prefix = 'id') {
  const r = repoOver(kv, prefix);
  const c = r.createCase({ institution: { name: '某消费金融' }, amount: '3000' });
  for (let i = 0; i < n; i++) r.addItem(c.id, { kind: 'communication', text: `短信 ${i}` });
  return { r, c };
}

const lines = (r: EvidenceRepository, caseId: string) =>
  r.loadItemsPage(caseId, 0, 100).items.map((i) => i.firstLine);

describe('break 1: a deleted index key never wipes the case', () => {
  test('remove the index and restart: all 5 entries stay, rebuilt, verify ok', async () => {
    const kv = new MemoryKV();
    const { c } = caseWith(kv, 5);
    const entryKeys = [...kv.data.keys()].filter((k) => k.startsWith(K.itemPrefix(c.id)));
    kv.data.delete(K.ix(c.id, 0));
    const kv2 = kv.restart();
    const r2 = repoOver(kv2);
    expect(lines(r2, c.id)).toEqual([0, 1, 2, 3, 4].map((i) => `短信 ${i}`));
    expect(r2.warnings.join()).toContain('已根据各条记录重新整理');
    expect(await r2.verify(c.id, () => null)).toMatchObject({ ok: true, records: 5 });
    // Nothing was collected; the index is written back.
    for (const k of entryKeys) expect(kv2.data.has(k)).toBe(true);
    expect(kv2.data.has(K.ix(c.id, 0))).toBe(true);
    expect(lines(repoOver(kv2.restart()), c.id)).toHaveLength(5);
  });

  test('a large case with a middle index page missing keeps every entry', () => {
    const kv = new MemoryKV();
    const { c } = caseWith(kv, IDX_PAGE * 2 + 10);
    kv.data.delete(K.ix(c.id, 1));
    const before = [...kv.data.keys()].filter((k) => k.startsWith('ev:item:')).length;
    const r2 = repoOver(kv);
    expect(r2.loadCaseSummary(c.id).liveCount).toBe(IDX_PAGE * 2 + 10);
    expect([...kv.data.keys()].filter((k) => k.startsWith('ev:item:')).length).toBe(before);
  });
});

describe('break 2: one wrong-shaped key never hides the other evidence', () => {
  test('ev:case:<id> = [] isolates that case; the others open and grow; a new case works', () => {
    const kv = new MemoryKV();
    const r = repoOver(kv);
    const bad = r.createCase({ institution: { name: 'A' } });
    r.addItem(bad.id, { kind: 'other', text: 'a1' });
    const good = r.createCase({ institution: { name: 'B' } });
    r.addItem(good.id, { kind: 'other', text: 'b1' });
    kv.data.set(K.case(bad.id), '[]');
    const r2 = new EvidenceRepository({
      kv: kv.restart(),
      now: clock(Date.UTC(2025, 0, 1)),
      newId: ids('n'),
    });
    r2.init();
    const list = r2.listCases();
    expect(list.map((s) => s.id)).toEqual([bad.id, good.id]);
    expect(list[0].problem).toBe(MSG.corruptCase);
    expect(lines(r2, bad.id)).toEqual(['a1']); // its evidence still shows
    expect(() => r2.addItem(bad.id, { kind: 'other', text: 'x' })).toThrow(MSG.corruptCase);
    r2.addItem(good.id, { kind: 'other', text: 'b2' });
    expect(lines(r2, good.id)).toEqual(['b1', 'b2']);
    expect(r2.createCase({ institution: { name: 'C' } }).title).toBe('C');
  });

  test.each([
    ['ev:cases in a newer layout', K.cases, JSON.stringify({ v: 4, ids: ['x'] })],
    ['a newer ev:schema', K.schema, '4'],
  ])('%s: opened read-only, cases listed, nothing written, a clear message', (_n, key, value) => {
    const kv = new MemoryKV();
    const { c } = caseWith(kv, 2);
    kv.data.set(key, value);
    const snap = kv.snapshot();
    const store = new RecordsStore();
    const fake = createWxFake();
    store.configure({
      repo: new EvidenceRepository({ kv, now: clock(), newId: ids('z') }),
      files: createEvidenceFiles(() => fake.wx),
      timers: new FakeTimers(),
    });
    expect(store.init()).toBe(true);
    expect(store.readOnly).toBe(MSG.readOnlyNewer);
    expect(store.warnings).toContain(MSG.readOnlyNewer);
    expect(store.cases.map((s) => s.id)).toEqual([c.id]);
    expect(store.openCase(c.id)).toBe(true);
    expect(store.items.map((i) => i.firstLine)).toEqual(['短信 0', '短信 1']);
    expect(store.createCase({ institution: { name: 'N' } })).toBeNull();
    expect(store.error).toBe(MSG.readOnlyNewer);
    expect(store.addNote('x')).toBeNull();
    expect(store.deleteCase(c.id)).toBe(false);
    expect(kv.snapshot()).toEqual(snap);
  });
});

describe('break 3: deleteCase with a failed remove tells the truth and finishes later', () => {
  class FailRemoveKV extends MemoryKV {
    failKey: string | null = null;
    remove(key: string): void {
      if (key === this.failKey) throw new Error('removeStorageSync:fail unknown error');
      super.remove(key);
    }
  }

  test('one remove fails: the case is gone, the user is told clean-up continues, the next start finishes', () => {
    const kv = new FailRemoveKV();
    const r = repoOver(kv);
    const gone = r.createCase({ institution: { name: 'A' } });
    const items = [0, 1, 2].map((i) => r.addItem(gone.id, { kind: 'other', text: `a${i}` }));
    const keep = r.createCase({ institution: { name: 'B' } });
    r.addItem(keep.id, { kind: 'other', text: 'b' });
    kv.failKey = K.item(gone.id, items[1].id);
    const store = new RecordsStore();
    const fake = createWxFake();
    store.configure({
      repo: r,
      files: createEvidenceFiles(() => fake.wx),
      timers: new FakeTimers(),
    });
    store.init();
    expect(store.deleteCase(gone.id)).toBe(true);
    expect(store.notice).toBe(MSG.deletedPartly);
    expect(store.cases.map((s) => s.id)).toEqual([keep.id]);
    // Restart (the remove works again): the clean-up completes, the other case is untouched.
    const kv2 = new MemoryKV();
    kv2.data = new Map(kv.data);
    const r2 = repoOver(kv2);
    expect(r2.listCaseIds()).toEqual([keep.id]);
    expect([...kv2.data.keys()].some((k) => k.includes(gone.id))).toBe(false);
    expect(lines(r2, keep.id)).toEqual(['b']);
  });

  test('the first write fails: nothing deleted, the user is told so, still all there after restart', () => {
    const kv = new MemoryKV();
    const { r, c } = caseWith(kv, 3);
    kv.crashAfter = kv.writes; // the next write throws
    let err: EvidenceError | null = null;
    try {
      r.deleteCase(c.id);
    } catch (e) {
      err = e as EvidenceError;
    }
    expect(err?.message).toBe(MSG.notDeleted);
    const r2 = repoOver(kv.restart());
    expect(lines(r2, c.id)).toEqual(['短信 0', '短信 1', '短信 2']);
  });

  test('deleting works on a full disk (the tombstone shrinks the key)', () => {
    const fake = createWxFake();
    const g = globalThis as unknown as { wx?: unknown };
    const prev = g.wx;
    g.wx = fake.wx;
    try {
      const r = new EvidenceRepository({ kv: wxKV(), now: clock(), newId: ids() });
      r.init();
      const c = r.createCase({ institution: { name: 'A' } });
      r.addItem(c.id, { kind: 'other', text: 'x'.repeat(1000) });
      // Fill the rest of the 10 MB with something else, down to the last few characters.
      let n = 0;
      for (const size of [900_000, 90_000, 9_000, 900, 90, 9, 1]) {
        try {
          for (;;) fake.wx.setStorageSync(`f${n++}`, 'f'.repeat(size));
        } catch {
          /* this size no longer fits */
        }
      }
      expect(() => r.addItem(c.id, { kind: 'other', text: 'y' })).toThrow(MSG.storageFull);
      expect(r.deleteCase(c.id).complete).toBe(true);
      expect(r.listCaseIds()).toEqual([]);
    } finally {
      g.wx = prev;
    }
  });
});

describe('break 4: storage full with a failing rollback never lies', () => {
  let fake: WxFake;
  const g = globalThis as unknown as { wx?: unknown };
  const prevWx = g.wx;
  afterEach(() => {
    g.wx = prevWx;
  });
  function setup() {
    fake = createWxFake();
    g.wx = fake.wx;
    const store = new RecordsStore();
    const repo = new EvidenceRepository({ kv: wxKV(), now: clock(), newId: ids() });
    store.configure({ repo, files: createEvidenceFiles(() => fake.wx), timers: new FakeTimers() });
    store.init();
    const c = store.createCase({ institution: { name: '微众银行' } })!;
    store.openCase(c.id);
    store.addNote('之前的记录');
    return { store, c };
  }

  test('every write fails (rollback too): "not saved" stays true after restart; the copy is removed', async () => {
    const { store, c } = setup();
    const tmp = fake.putFile({ path: 'http://tmp/rec.m4a', data: 'audio bytes' });
    fake.faults.storageFull = true;
    expect(store.addFiles([{ tempPath: tmp, name: '录音.m4a' }])).toBeNull();
    expect(store.errorCode).toBe('storage_full');
    expect(store.error).toContain('这次没有保存');
    fake.faults.storageFull = false;
    // Restart.
    const s2 = new RecordsStore();
    s2.configure({
      repo: new EvidenceRepository({ kv: wxKV(), now: clock(), newId: ids('r') }),
      files: createEvidenceFiles(() => fake.wx),
      timers: new FakeTimers(),
    });
    s2.init();
    (s2 as unknown as { deps: { timers: FakeTimers } }).deps.timers.advance(SWEEP_DELAY_MS);
    s2.openCase(c.id);
    expect(s2.items.map((i) => i.firstLine)).toEqual(['之前的记录']);
    expect(createEvidenceFiles(() => fake.wx).list()).toEqual([]);
    expect(await s2.verify()).toMatchObject({ ok: true });
  });

  test('a record that was saved keeps its files even when refreshing the view fails after', async () => {
    const { store, c } = setup();
    const tmp = fake.putFile({ path: 'http://tmp/p.jpg', data: 'voucher' });
    const repo = (store as unknown as { deps: { repo: EvidenceRepository } }).deps.repo;
    const orig = repo.loadItemsPage.bind(repo);
    let calls = 0;
    repo.loadItemsPage = (...a: Parameters<typeof orig>) => {
      if (calls++ === 0) throw new Error('getStorageSync:fail unknown');
      return orig(...a);
    };
    const it = store.addFiles([{ tempPath: tmp, name: '凭证.jpg' }], { kind: 'payment' });
    expect(it).not.toBeNull();
    expect(store.error).toBeNull();
    expect(fake.fileExists(it!.attachments[0].path)).toBe(true);
    store.openCase(c.id);
    expect(await store.verify()).toMatchObject({ ok: true });
  });
});

describe('break 5: a case grows past 50,000 entries within the 1 MB per-key limit', () => {
  test('50,000 entries, no key near 1 MB, still appends and reads', () => {
    const kv = new MemoryKV();
    kv.perKey = 1024 * 1024;
    const r = repoOver(kv);
    const c = r.createCase({ institution: { name: '某消费金融' } });
    for (let i = 0; i < 50_000; i++) r.addItem(c.id, { kind: 'other', text: `${i}` });
    let largest = 0;
    for (const [k, v] of kv.data) largest = Math.max(largest, k.length + v.length);
    expect(largest).toBeLessThan(64 * 1024);
    const r2 = repoOver(kv.restart());
    expect(r2.loadCaseSummary(c.id).liveCount).toBe(50_000);
    expect(r2.loadItemsPage(c.id, 0, 3, 'desc').items.map((i) => i.firstLine)).toEqual([
      '49999',
      '49998',
      '49997',
    ]);
  });

  test('when the 10 MB are used up, the message says storage is full and nothing changed', () => {
    const kv = new MemoryKV();
    kv.perKey = 1024 * 1024;
    kv.capacity = 10 * 1024 * 1024;
    const r = repoOver(kv);
    const c = r.createCase({ institution: { name: 'A' } });
    let saved = 0;
    let err: EvidenceError | null = null;
    for (;;) {
      try {
        r.addItem(c.id, { kind: 'other', text: '聊天记录'.repeat(5000) });
        saved++;
      } catch (e) {
        err = e as EvidenceError;
        break;
      }
    }
    expect(err?.code).toBe('storage_full');
    expect(err?.message).toBe(MSG.storageFull);
    expect(repoOver(kv.restart()).loadCaseSummary(c.id).liveCount).toBe(saved);
  });
});

describe('break 6: orphan attachment files are swept at start, only when safe', () => {
  function boot(fake: WxFake, kv: MemoryKV, prefix: string) {
    const store = new RecordsStore();
    const timers = new FakeTimers();
    store.configure({
      repo: new EvidenceRepository({ kv, now: clock(), newId: ids(prefix) }),
      files: createEvidenceFiles(() => fake.wx),
      timers,
    });
    store.init();
    timers.advance(SWEEP_DELAY_MS); // the sweep runs after the first screen
    return store;
  }

  test('a kill during an import or a case deletion leaves files; the next start removes them', () => {
    const fake = createWxFake();
    const files = createEvidenceFiles(() => fake.wx);
    const kv = new MemoryKV();
    const s1 = boot(fake, kv, 'a');
    const c = s1.createCase({ institution: { name: 'A' } })!;
    s1.openCase(c.id);
    const kept = s1.addFiles([
      { tempPath: fake.putFile({ path: 'http://tmp/k.jpg', data: 'keep' }), name: 'k.jpg' },
    ])!;
    s1.deleteItem(kept.id); // a deleted item's file is still evidence (its version stays)
    s1.commitPendingDelete();
    // A kill after the copy, before the record: the copy references nothing.
    const orphan = files.importFile({
      tempPath: fake.putFile({ path: 'http://tmp/o.jpg', data: 'orphan' }),
    });
    const kv2 = kv.restart();
    const s2 = boot(fake, kv2, 'b');
    expect(fake.fileExists(orphan.path)).toBe(false);
    expect(fake.fileExists(kept.attachments[0].path)).toBe(true);
    // A kill right after a case's tombstone: its files go at the next start.
    const d = s2.createCase({ institution: { name: 'D' } })!;
    s2.openCase(d.id);
    const doomed = s2.addFiles([
      { tempPath: fake.putFile({ path: 'http://tmp/d.jpg', data: 'doomed' }), name: 'd.jpg' },
    ])!;
    const kv3 = kv2.restart();
    kv3.data.set(K.case(d.id), JSON.stringify({ id: d.id, deleted: true }));
    boot(fake, kv3, 'c');
    expect(fake.fileExists(doomed.attachments[0].path)).toBe(false);
    expect(fake.fileExists(kept.attachments[0].path)).toBe(true);
  });

  test('no sweep while some record cannot be read (it may reference a file)', () => {
    const fake = createWxFake();
    const kv = new MemoryKV();
    const s1 = boot(fake, kv, 'a');
    const c = s1.createCase({ institution: { name: 'A' } })!;
    s1.openCase(c.id);
    const it = s1.addFiles([
      { tempPath: fake.putFile({ path: 'http://tmp/x.jpg', data: 'x' }), name: 'x.jpg' },
    ])!;
    kv.data.set(K.item(c.id, it.id), '{"broken');
    boot(fake, kv.restart(), 'b');
    expect(fake.fileExists(it.attachments[0].path)).toBe(true);
  });
});
