import {
  Attachment,
  EvidenceError,
  EvidenceRepository,
  ItemDraft,
  K,
  sha256Hex,
  V1,
  V1Case,
} from '../../../miniprogram/core/evidence';
import { bytesOf, clock, ids, MemoryKV } from './helpers';

function repoOver(kv: MemoryKV, idPrefix = 'id') {
  const r = new EvidenceRepository({ kv, now: clock(), newId: ids(idPrefix) });
  r.init();
  return r;
}

function att(name: string, content: string, files?: Map<string, Uint8Array>): Attachment {
  const b = bytesOf(content);
  const path = `wxfile://usr/evidence/${name}`;
  files?.set(path, b);
  return { name, mime: 'text/plain', size: b.length, path, sha256: sha256Hex(b) };
}

/** Logical state: every case with its chain (entries) and live items; what a user can see. */
function logical(kv: MemoryKV) {
  const r = new EvidenceRepository({ kv, now: clock(), newId: ids('zz') });
  return r.listCaseIds().map((id) => ({
    case: r.loadCase(id),
    chain: r.loadChain(id),
    live: r.loadItemsPage(id, 0, 100).items,
  }));
}

describe('repository basics', () => {
  test('create case, add, edit, delete; pages and chain verify', async () => {
    const kv = new MemoryKV();
    const files = new Map<string, Uint8Array>();
    const r = repoOver(kv);
    const c = r.createCase({
      institution: { name: '微众银行', entryId: 'webank' },
      borrowed: 'no',
      amount: '3200',
    });
    const a = r.addItem(c.id, {
      kind: 'communication',
      comm: 'sms',
      text: '【微众银行】您已逾期\n请尽快还款',
      happenedAt: 1000,
    });
    const b = r.addItem(c.id, {
      kind: 'contract',
      text: '借款合同',
      attachments: [att('合同.txt', '合同内容', files)],
    });
    const a2 = r.editItem(c.id, a.id, {
      kind: 'communication',
      comm: 'sms',
      text: '【微众银行】您已逾期（补充）',
      happenedAt: 1000,
    });
    r.deleteItem(c.id, b.id);
    const page = r.loadItemsPage(c.id, 0, 20);
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({
      id: a2.id,
      rootId: a.id,
      edited: true,
      kindLabel: '沟通记录·短信',
      firstLine: '【微众银行】您已逾期（补充）',
    });
    expect(r.loadVersions(c.id, a.id).map((v) => v.id)).toEqual([a.id, a2.id]);
    expect(r.loadCaseSummary(c.id)).toMatchObject({
      liveCount: 1,
      entryCount: 5, // the case's details (seq 0) + 2 items + 1 edit + 1 deletion
      title: '微众银行',
    });
    const v = await r.verify(c.id, (x) => files.get(x.path) ?? null);
    expect(v).toMatchObject({ ok: true, count: 5 });
    // A fresh repository over the same storage (app restart) sees the same.
    expect(logical(kv.restart())).toEqual(logical(kv));
    expect(kv.data.has(K.journal)).toBe(false);
  });

  test('large text is chunked so no key exceeds ~512 KB, and reads back intact', () => {
    const kv = new MemoryKV();
    kv.perKey = 512 * 1024;
    const r = repoOver(kv);
    const c = r.createCase({ institution: { name: 'X' } });
    const big = '聊天记录😀'.repeat(60_000); // 360,000 UTF-16 units, ~1 MB of UTF-8
    const it = r.addItem(c.id, { kind: 'communication', comm: 'chat', text: big });
    for (const [k, v] of kv.data) expect(Buffer.byteLength(k + v, 'utf8')).toBeLessThan(512 * 1024);
    expect(r.loadItem(c.id, it.id).text).toBe(big);
    expect(r.loadChain(c.id)[1]).toMatchObject({ text: big });
  });

  test('delete case removes all its keys and returns attachment paths', () => {
    const kv = new MemoryKV();
    const r = repoOver(kv);
    const c1 = r.createCase({ institution: { name: 'A' } });
    const c2 = r.createCase({ institution: { name: 'B' } });
    r.addItem(c1.id, { kind: 'other', text: 'x', attachments: [att('a.txt', 'a')] });
    r.addItem(c2.id, { kind: 'other', text: 'y' });
    expect(r.deleteCase(c1.id)).toEqual({ paths: ['wxfile://usr/evidence/a.txt'], complete: true });
    expect([...kv.data.keys()].some((k) => k.includes(c1.id))).toBe(false);
    expect(r.listCases().map((x) => x.id)).toEqual([c2.id]);
  });
});

describe('storage faults', () => {
  test('full storage: typed Chinese error, nothing changed, still usable', () => {
    const kv = new MemoryKV();
    const r = repoOver(kv);
    const c = r.createCase({ institution: { name: 'A' } });
    r.addItem(c.id, { kind: 'other', text: 'first' });
    const before = kv.snapshot();
    kv.capacity = kv.used() + 2000; // room for a small journal, not for a big item
    let err: unknown;
    try {
      r.addItem(c.id, { kind: 'other', text: 'x'.repeat(5000) });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(EvidenceError);
    expect((err as EvidenceError).code).toBe('storage_full');
    expect((err as EvidenceError).message).toMatch(/^手机存储空间不足/);
    expect(kv.snapshot()).toEqual(before);
    // Full while applying the journal (index grows past the limit): rolled back too.
    for (let room = 0; room < 3000; room += 97) {
      kv.capacity = kv.used() + room;
      try {
        r.addItem(c.id, { kind: 'other', text: 'y'.repeat(200) });
        break; // fitted: fine
      } catch (e) {
        expect((e as EvidenceError).code).toBe('storage_full');
        expect(kv.snapshot()).toEqual(before);
      }
    }
    kv.capacity = Infinity;
    expect(r.loadItemsPage(c.id, 0, 10).items.map((i) => i.firstLine)).toContain('first');
  });

  test('per-key limit is reported as full storage too', () => {
    const kv = new MemoryKV();
    const r = repoOver(kv);
    const c = r.createCase({ institution: { name: 'A' } });
    kv.perKey = 100;
    expect(() => r.updateCase(c.id, { notes: 'n'.repeat(200) })).toThrow(/手机存储空间不足/);
  });

  test('corrupt JSON in one item key: that item unreadable with a clear message, others readable', async () => {
    const kv = new MemoryKV();
    const r = repoOver(kv);
    const c = r.createCase({ institution: { name: 'A' } });
    const items = [0, 1, 2].map((i) => r.addItem(c.id, { kind: 'other', text: `item ${i}` }));
    kv.data.set(K.item(c.id, items[1].id), '{"id":"bro');
    const r2 = repoOver(kv.restart());
    const page = r2.loadItemsPage(c.id, 0, 10);
    expect(page.items.map((i) => i.unreadable ?? false)).toEqual([false, true, false]);
    expect(page.items[1].error).toBe('这条记录已损坏，无法读取。其他记录不受影响。');
    expect(page.items[0].firstLine).toBe('item 0');
    expect(() => r2.loadItem(c.id, items[1].id)).toThrow(/已损坏/);
    // The chain reports the damaged entry; adding more still works.
    expect(await r2.verify(c.id, () => null)).toMatchObject({
      ok: false,
      firstBadIndex: 2, // after the case's details at 0 and item 0 at 1
      reason: 'missing',
    });
    r2.addItem(c.id, { kind: 'other', text: 'after' });
    expect(r2.loadItemsPage(c.id, 0, 10).total).toBe(4);
  });

  test('corrupt index is rebuilt from entries; corrupt case record keeps items readable', () => {
    const kv = new MemoryKV();
    const r = repoOver(kv);
    const c = r.createCase({ institution: { name: 'A' } });
    [0, 1, 2].forEach((i) => r.addItem(c.id, { kind: 'other', text: `item ${i}` }));
    kv.data.set(K.ix(c.id, 0), 'not json');
    let r2 = repoOver(kv.restart());
    expect(r2.loadItemsPage(c.id, 0, 10).items.map((i) => i.firstLine)).toEqual([
      'item 0',
      'item 1',
      'item 2',
    ]);
    expect(r2.warnings.join()).toMatch(/目录损坏或丢失，已根据各条记录重新整理/);
    const kv2 = kv.restart();
    kv2.data.set(K.case(c.id), '{{');
    r2 = repoOver(kv2);
    const s = r2.listCases()[0];
    expect(s.problem).toBe('这个案件的基本信息已损坏，无法读取。其中的证据记录仍可查看。');
    expect(r2.loadItemsPage(c.id, 0, 10).total).toBe(3);
  });

  test('corrupt case list is rebuilt from case keys', () => {
    const kv = new MemoryKV();
    const r = repoOver(kv);
    const c = r.createCase({ institution: { name: 'A' } });
    kv.data.set(K.cases, '[');
    const kv2 = kv.restart();
    const r2 = repoOver(kv2);
    expect(r2.listCaseIds()).toEqual([c.id]);
    expect(r2.warnings).toContain(
      '案件列表损坏了，已经根据手机里的各个案件重新整理，证据没有丢失。',
    );
    expect(kv2.data.get(K.cases)).toBe(JSON.stringify([c.id]));
  });

  // The core guarantee: a crash at ANY write leaves the old or the new state after recover().
  const operations: [
    string,
    (r: EvidenceRepository, ctx: { caseId: string; itemId: string }) => void,
  ][] = [
    ['createCase', (r) => void r.createCase({ institution: { name: 'New' } })],
    [
      'addItem',
      (r, x) =>
        void r.addItem(x.caseId, {
          kind: 'payment',
          text: '还款凭证',
          attachments: [att('p.txt', 'p')],
        }),
    ],
    [
      'addItem (chunked)',
      (r, x) => void r.addItem(x.caseId, { kind: 'other', text: 'z'.repeat(250_000) }),
    ],
    ['editItem', (r, x) => void r.editItem(x.caseId, x.itemId, { kind: 'other', text: 'edited' })],
    ['deleteItem', (r, x) => void r.deleteItem(x.caseId, x.itemId)],
    ['updateCase', (r, x) => void r.updateCase(x.caseId, { status: 'resolved' })],
    ['deleteCase', (r, x) => void r.deleteCase(x.caseId)],
  ];
  test.each(operations)('crash at every write during %s → old or new state', (_name, op) => {
    const base = new MemoryKV();
    const r0 = repoOver(base, 'a');
    const c = r0.createCase({ institution: { name: 'A' } });
    const it = r0.addItem(c.id, { kind: 'other', text: 'one' });
    r0.addItem(c.id, { kind: 'other', text: 'two' });
    const ctx = { caseId: c.id, itemId: it.id };
    const oldState = logical(base);
    const oldKeys = [...base.data.keys()].sort();
    // Run once without a crash to learn the new state and the number of writes.
    const probe = base.restart();
    op(new EvidenceRepository({ kv: probe, now: clock(), newId: ids('b') }), ctx);
    const newState = logical(probe);
    const totalWrites = probe.writes;
    expect(totalWrites).toBeGreaterThan(1);
    let sawOld = 0;
    let sawNew = 0;
    for (let n = 0; n <= totalWrites; n++) {
      const kv = base.restart();
      kv.crashAfter = n;
      try {
        op(new EvidenceRepository({ kv, now: clock(), newId: ids('b') }), ctx);
      } catch {
        /* the crash */
      }
      const after = kv.restart(); // app restarts
      repoOver(after, 'c'); // init → recover
      const state = logical(after);
      const isOld = JSON.stringify(state) === JSON.stringify(oldState);
      const isNew = JSON.stringify(state) === JSON.stringify(newState);
      expect(isOld || isNew).toBe(true);
      if (isOld) {
        sawOld++;
        expect([...after.data.keys()].filter((k) => k !== K.schema).sort()).toEqual(
          oldKeys.filter((k) => k !== K.schema),
        );
      } else sawNew++;
      expect(after.data.has(K.journal)).toBe(false);
    }
    expect(sawOld).toBeGreaterThan(0);
    expect(sawNew).toBeGreaterThan(0);
  });
});

describe('migration v1 → v3', () => {
  function v1Store(files: Map<string, Uint8Array>): MemoryKV {
    const kv = new MemoryKV();
    const b = bytesOf('voucher bytes');
    files.set('wxfile://usr/old/v.jpg', b);
    const cases: V1Case[] = [
      {
        id: 'old1',
        title: '分付催收',
        institution: '微信分付',
        institutionId: 'fenfu',
        borrowed: 'yes',
        amount: '800',
        status: 'open',
        notes: '对方夜里打电话',
        createdAt: 1_600_000_000_000,
        items: [
          {
            id: 'i1',
            kind: 'communication',
            createdAt: 1_600_000_001_000,
            time: 1_599_000_000_000,
            text: '短信：今晚不还就上门',
          },
          {
            id: 'i2',
            kind: 'payment',
            createdAt: 1_600_000_002_000,
            text: '还了 800',
            files: [
              { name: 'v.jpg', type: 'image/jpeg', size: b.length, path: 'wxfile://usr/old/v.jpg' },
            ],
            tags: ['已还'],
          },
        ],
      },
      { id: 'old2', institution: '某贷款', createdAt: 1_600_000_000_000, items: [] },
    ];
    kv.data.set(V1.index, JSON.stringify(cases.map((c) => c.id)));
    for (const c of cases) kv.data.set(V1.case(c.id), JSON.stringify(c));
    return kv;
  }

  test('migrates cases and items, builds the chain, hashes files, removes v1 keys', async () => {
    const files = new Map<string, Uint8Array>();
    const kv = v1Store(files);
    const r = new EvidenceRepository({
      kv,
      now: clock(),
      newId: ids(),
      hashFile: (p) => (files.has(p) ? sha256Hex(files.get(p)!) : null),
    });
    expect(r.schemaVersion()).toBe(1);
    r.init();
    expect(r.schemaVersion()).toBe(3);
    expect([...kv.data.keys()].some((k) => k.startsWith('records_v1'))).toBe(false);
    expect(r.listCases()).toEqual([
      expect.objectContaining({
        id: 'old1',
        title: '分付催收',
        institutionName: '微信分付',
        borrowed: 'yes',
        amount: '800',
        liveCount: 2,
      }),
      expect.objectContaining({ id: 'old2', title: '某贷款', liveCount: 0 }),
    ]);
    expect(r.loadCase('old1').institution).toEqual({ name: '微信分付', entryId: 'fenfu' });
    const items = r.loadLiveItems('old1');
    expect(items.map((i) => [i.id, i.happenedAt, i.capturedAt])).toEqual([
      ['i1', 1_599_000_000_000, 1_600_000_001_000],
      ['i2', undefined, 1_600_000_002_000],
    ]);
    expect(items[1].attachments[0]).toMatchObject({
      name: 'v.jpg',
      mime: 'image/jpeg',
      sha256: sha256Hex(files.get('wxfile://usr/old/v.jpg')!),
    });
    expect(await r.verify('old1', (a) => files.get(a.path) ?? null)).toMatchObject({
      ok: true,
      count: 3, // two items and the case's details
    });
    // Idempotent: a second start changes nothing.
    const snap = kv.snapshot();
    repoOver(kv);
    expect(kv.snapshot()).toEqual(snap);
  });

  test('a crash at every write during migration ends migrated or resumable, never losing a case', () => {
    const files = new Map<string, Uint8Array>();
    const base = v1Store(files);
    const probe = base.restart();
    new EvidenceRepository({ kv: probe, now: clock(), newId: ids() }).init();
    const finalState = logical(probe);
    for (let n = 0; n <= probe.writes; n++) {
      const kv = base.restart();
      kv.crashAfter = n;
      try {
        new EvidenceRepository({ kv, now: clock(), newId: ids() }).init();
      } catch {
        /* crash */
      }
      const after = kv.restart();
      new EvidenceRepository({ kv: after, now: clock(), newId: ids() }).init(); // next start finishes
      expect(logical(after)).toEqual(finalState);
      expect([...after.data.keys()].some((k) => k.startsWith('records_v1'))).toBe(false);
    }
  });

  test('a corrupt v1 case is kept and reported, the others migrate', () => {
    const files = new Map<string, Uint8Array>();
    const kv = v1Store(files);
    kv.data.set(V1.case('old2'), '{bad');
    const r = new EvidenceRepository({ kv, now: clock(), newId: ids() });
    r.init();
    expect(r.listCaseIds()).toEqual(['old1']);
    expect(r.warnings.join()).toMatch(/旧版本的案件记录已损坏/);
    expect(kv.data.get(V1.case('old2'))).toBe('{bad');
  });
});

describe('paging and setData size', () => {
  test('1,000 items with 300 attachments: each page of summaries < 64 KB', () => {
    const kv = new MemoryKV();
    const r = repoOver(kv);
    const c = r.createCase({ institution: { name: '某消费金融' } });
    for (let i = 0; i < 1000; i++) {
      const draft: ItemDraft = {
        kind: i % 3 === 0 ? 'communication' : 'other',
        comm: i % 3 === 0 ? 'sms' : undefined,
        text: `第${i}条：` + '催收短信内容很长很长'.repeat(50),
        attachments: i % 10 < 3 ? [att(`附件-${i}-一个很长的文件名称.jpg`, 'x'.repeat(100))] : [],
        tags: ['催收', '短信', '夜间'],
      };
      r.addItem(c.id, draft);
    }
    for (const [k, v] of kv.data) expect(k.length + v.length).toBeLessThan(512 * 1024);
    let seen = 0;
    for (let off = 0; off < 1000; off += 100) {
      const page = r.loadItemsPage(c.id, off, 100);
      const size = Buffer.byteLength(JSON.stringify({ items: page.items }), 'utf8');
      expect(size).toBeLessThan(64 * 1024);
      seen += page.items.length;
    }
    expect(seen).toBe(1000);
    expect(r.loadItemsPage(c.id, 0, 1000).items.length).toBe(100); // capped
    expect(r.loadItemsPage(c.id, 0, 5, 'desc').items[0].firstLine).toMatch(/^第999条/);
  });
});
