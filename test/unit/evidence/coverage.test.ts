// Break 8 of issue 10: everything the timeline and the report show is covered by the chain
// (the index rows that decide what is shown, their sort time, the case's details), and a chain
// re-sealed by someone who knows the code is caught by the anchor sent to the user's chat.
import {
  anchorCheckText,
  chainDigest,
  contentDigestOf,
  Entry,
  EvidenceRepository,
  GENESIS_DIGEST,
  K,
} from '../../../miniprogram/core/evidence/index';
import { clock, ids, MemoryKV } from './helpers';

function setup() {
  const kv = new MemoryKV();
  const r = new EvidenceRepository({ kv, now: clock(), newId: ids() });
  r.init();
  const c = r.createCase({ institution: { name: '微众银行' }, amount: '3000', borrowed: 'no' });
  const a = r.addItem(c.id, { kind: 'communication', comm: 'sms', text: '第一条' });
  const b = r.addItem(c.id, { kind: 'communication', comm: 'sms', text: '第二条' });
  r.updateCase(c.id, { notes: '对方夜里打电话' });
  return { kv, r, c, a, b };
}

const verify = (kv: MemoryKV) => {
  const r = new EvidenceRepository({ kv, now: clock(), newId: ids('v') });
  return r.verify(r.listCaseIds()[0], () => null);
};

function editJson(kv: MemoryKV, key: string, fn: (v: Record<string, unknown>) => void) {
  const v = JSON.parse(kv.data.get(key)!);
  fn(v);
  kv.data.set(key, JSON.stringify(v));
}

describe('break 8: edits of what is shown fail the check', () => {
  test('untouched: ok', async () => {
    const { kv } = setup();
    expect(await verify(kv)).toMatchObject({ ok: true, records: 2 });
  });

  test.each([
    ['amount', (v: Record<string, unknown>) => (v.amount = '300')],
    ['borrowed', (v: Record<string, unknown>) => (v.borrowed = 'yes')],
    ['notes', (v: Record<string, unknown>) => (v.notes = '')],
    ['institution', (v: Record<string, unknown>) => (v.institution = { name: '别的公司' })],
    ['title', (v: Record<string, unknown>) => (v.title = '别的')],
  ])('case %s changed in storage → case_changed', async (_f, fn) => {
    const { kv, c } = setup();
    editJson(kv, K.case(c.id), fn);
    const v = await verify(kv);
    expect(v).toMatchObject({ ok: false, reason: 'case_changed' });
    expect(!v.ok && v.message).toContain('案件信息');
  });

  test('an index row flipped from item to deletion: the item vanished, the check says so', async () => {
    const { kv, r, c, a } = setup();
    editJson(kv, K.ix(c.id, 0), (v) => {
      const rows = v.rows as [string, string, string, number][];
      const row = rows.find((x) => x[0] === a.id)!;
      row[1] = 'd';
    });
    const r2 = new EvidenceRepository({ kv, now: clock(), newId: ids('x') });
    expect(r2.loadItemsPage(c.id, 0, 10).items.map((i) => i.firstLine)).toEqual(['第二条']);
    const v = await r2.verify(c.id, () => null);
    expect(v).toMatchObject({ ok: false, reason: 'index_changed', position: 1, itemId: a.id });
    expect(!v.ok && v.message).toBe('第 1 条记录在时间线上的类型或时间被改动过。');
    void r;
  });

  test('an index row given another sort time (moved in the timeline) → index_changed', async () => {
    const { kv, c, b } = setup();
    editJson(kv, K.ix(c.id, 0), (v) => {
      const rows = v.rows as [string, string, string, number][];
      rows.find((x) => x[0] === b.id)![3] = 0;
    });
    expect(await verify(kv)).toMatchObject({ ok: false, reason: 'index_changed', itemId: b.id });
  });
});

describe('the outside anchor catches a re-sealed chain', () => {
  /** What someone who knows the code could do: change an entry and recompute every digest. */
  function reseal(kv: MemoryKV, caseId: string, chain: Entry[], i: number, text: string) {
    let prev = i === 0 ? GENESIS_DIGEST : chain[i - 1].digest;
    for (let j = i; j < chain.length; j++) {
      const e = { ...chain[j] } as Entry;
      if (j === i && e.type === 'item') e.text = text;
      e.prevDigest = prev;
      e.contentDigest = contentDigestOf(e);
      e.digest = chainDigest(e);
      prev = e.digest;
      kv.data.set(K.item(caseId, e.id), JSON.stringify(e));
    }
    editJson(kv, K.case(caseId), (v) => ((v.head as { digest: string }).digest = prev));
  }

  test('after an anchor, a re-sealed edit passes the chain but not the anchor', async () => {
    const { kv, r, c } = setup();
    r.recordAnchor(c.id, 'share_card');
    r.addItem(c.id, { kind: 'other', text: '发送之后的新记录' });
    let v = await verify(kv);
    expect(v).toMatchObject({ ok: true, anchor: { intact: true, after: 1 } });
    expect(anchorCheckText(v.anchor)).toMatch(
      /对得上：那时已有的证据都没有被改动过。之后又新增了 1 条记录。/,
    );
    const chain = r.loadChain(c.id) as Entry[];
    reseal(kv, c.id, chain, 1, '第一条（被人改过）');
    v = await verify(kv);
    expect(v.ok).toBe(true); // the chain alone cannot tell
    expect(v.anchor).toMatchObject({ intact: false });
    expect(anchorCheckText(v.anchor)).toMatch(/对不上/);
  });

  test('an edit after the anchor leaves the anchored part intact', async () => {
    const { kv, r, c } = setup();
    r.recordAnchor(c.id, 'file');
    const late = r.addItem(c.id, { kind: 'other', text: '后来的' });
    const chain = r.loadChain(c.id) as Entry[];
    reseal(
      kv,
      c.id,
      chain,
      chain.findIndex((e) => e.id === late.id),
      '后来的（改）',
    );
    expect((await verify(kv)).anchor).toMatchObject({ intact: true, after: 1 });
  });
});
