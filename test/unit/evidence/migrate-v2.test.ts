// Schema v2 (one index key per case, a value journal) → v3 (paged index, case details in the
// chain). Existing evidence must come through unchanged, also when the app dies mid-way.
import {
  appendDeletion,
  appendItem,
  EMPTY_HEAD,
  Entry,
  EvidenceRepository,
  K,
} from '../../../miniprogram/core/evidence/index';
import { clock, ids, MemoryKV } from './helpers';

function v2Store(): { kv: MemoryKV; caseId: string; entries: Entry[] } {
  const kv = new MemoryKV();
  const caseId = 'oldcase';
  let head = EMPTY_HEAD;
  const entries: Entry[] = [];
  const add = (r: { entry: Entry; head: typeof head }) => {
    head = r.head;
    entries.push(r.entry);
  };
  add(
    appendItem(
      head,
      { kind: 'communication', comm: 'sms', text: '旧短信一' },
      { id: 'e1', caseId, capturedAt: 1000 },
    ),
  );
  add(
    appendItem(head, { kind: 'payment', text: '旧还款' }, { id: 'e2', caseId, capturedAt: 2000 }),
  );
  add(appendDeletion(head, 'e2', { id: 'e3', caseId, capturedAt: 3000 }));
  for (const e of entries) kv.data.set(K.item(caseId, e.id), JSON.stringify(e));
  const rows = entries.map((e) =>
    e.type === 'item'
      ? [e.id, 'i', e.rootId, e.happenedAt ?? e.capturedAt]
      : [e.id, 'd', (e as { targetId: string }).targetId, e.capturedAt],
  );
  kv.data.set(K.idx(caseId), JSON.stringify({ rows }));
  kv.data.set(
    K.case(caseId),
    JSON.stringify({
      id: caseId,
      title: '旧案件',
      institution: { name: '微众银行' },
      borrowed: 'no',
      amount: '800',
      status: 'open',
      notes: '旧备注',
      createdAt: 500,
      updatedAt: 3000,
      head,
    }),
  );
  kv.data.set(K.cases, JSON.stringify([caseId]));
  kv.data.set(K.schema, '2');
  return { kv, caseId, entries };
}

function view(kv: MemoryKV, caseId: string) {
  const r = new EvidenceRepository({ kv, now: clock(), newId: ids('v') });
  const c = r.loadCase(caseId);
  return {
    info: [c.title, c.institution.name, c.borrowed, c.amount, c.notes],
    live: r.loadItemsPage(caseId, 0, 10).items.map((i) => i.firstLine),
    chain: r.loadChain(caseId).map((e) => e && e.id),
  };
}

test('a v2 case migrates: same entries, same timeline, details now in the chain, check passes', async () => {
  const { kv, caseId, entries } = v2Store();
  const r = new EvidenceRepository({ kv, now: clock(), newId: ids('m') });
  r.init();
  expect(r.schemaVersion()).toBe(3);
  expect(kv.data.has(K.idx(caseId))).toBe(false);
  expect(kv.data.has(K.ix(caseId, 0))).toBe(true);
  for (const e of entries) expect(kv.data.get(K.item(caseId, e.id))).toBe(JSON.stringify(e));
  expect(view(kv, caseId)).toEqual({
    info: ['旧案件', '微众银行', 'no', '800', '旧备注'],
    live: ['旧短信一'],
    chain: ['e1', 'e2', 'e3', 'm00000'],
  });
  expect(await r.verify(caseId, () => null)).toMatchObject({ ok: true, records: 3 });
  // A later edit of the amount in storage is now caught.
  const stored = JSON.parse(kv.data.get(K.case(caseId))!);
  kv.data.set(K.case(caseId), JSON.stringify({ ...stored, amount: '80' }));
  expect(await r.verify(caseId, () => null)).toMatchObject({ ok: false, reason: 'case_changed' });
});

test('a kill at every write of the migration: the next start finishes it, nothing lost', () => {
  const { kv: base, caseId } = v2Store();
  const probe = base.restart();
  new EvidenceRepository({ kv: probe, now: clock(), newId: ids('m') }).init();
  const final = view(probe, caseId);
  for (let n = 0; n <= probe.writes; n++) {
    const kv = base.restart();
    kv.crashAfter = n;
    try {
      new EvidenceRepository({ kv, now: clock(), newId: ids('m') }).init();
    } catch {
      /* killed */
    }
    // In between, the case still reads in full.
    expect(view(kv.restart(), caseId).live).toEqual(['旧短信一']);
    const after = kv.restart();
    new EvidenceRepository({ kv: after, now: clock(), newId: ids('k') }).init();
    const v = view(after, caseId);
    expect(v.info).toEqual(final.info);
    expect(v.live).toEqual(final.live);
    expect(v.chain.slice(0, 3)).toEqual(['e1', 'e2', 'e3']);
    expect(v.chain).toHaveLength(4);
  }
});

test('a v2 journal left by a change cut short is finished before migrating', () => {
  const { kv, caseId } = v2Store();
  // v2 was applying "case status → resolved" when it died.
  const c = JSON.parse(kv.data.get(K.case(caseId))!);
  const journal = {
    v: 1,
    blobs: [],
    sets: [
      {
        k: K.case(caseId),
        v: JSON.stringify({ ...c, status: 'resolved' }),
        old: JSON.stringify(c),
      },
    ],
    removes: [],
    removePrefixes: [],
  };
  kv.data.set(K.journal, JSON.stringify(journal));
  const r = new EvidenceRepository({ kv, now: clock(), newId: ids('m') });
  r.init();
  expect(kv.data.has(K.journal)).toBe(false);
  expect(r.loadCase(caseId).status).toBe('resolved');
  expect(view(kv, caseId).live).toEqual(['旧短信一']);
});

test('a v2 journal of the wrong shape is dropped without a false "storage full" warning', () => {
  const { kv, caseId } = v2Store();
  kv.data.set(K.journal, JSON.stringify({ v: 1, sets: [1, 2], removes: [], removePrefixes: [] }));
  const r = new EvidenceRepository({ kv, now: clock(), newId: ids('m') });
  r.init();
  expect(r.warnings).toEqual([]);
  expect(kv.data.has(K.journal)).toBe(false);
  expect(view(kv, caseId).live).toEqual(['旧短信一']);
});
