import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import {
  appendDeletion,
  appendItem,
  Attachment,
  canonicalJson,
  EMPTY_HEAD,
  Entry,
  Item,
  liveItems,
  sha256Hex,
  verifyChain,
} from '../../../miniprogram/core/evidence';
import { hashedBytesOf } from '../../../miniprogram/core/evidence/hash';
import { bytesOf } from './helpers';

const FIPS = [
  ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
  [
    'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
    '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
  ],
  ['a'.repeat(1_000_000), 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0'],
];

/** js-sha256 (0.12) as the app ran it on the phone until December 2026: its pure-JS path, in a
 * sandbox with no `process` and no `require` (under Node it hashes strings with crypto). */
function phoneJsSha256(): (m: string | Uint8Array) => string {
  const pkgDir = path.join(__dirname, '../../../node_modules/js-sha256');
  const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
  const mod = { exports: {} as Record<string, unknown> };
  vm.runInNewContext(fs.readFileSync(path.join(pkgDir, pkg.main), 'utf8'), {
    module: mod,
    exports: mod.exports,
    ArrayBuffer,
    Uint8Array,
  });
  return (mod.exports as unknown as { sha256: (m: string | Uint8Array) => string }).sha256;
}

describe('SHA-256', () => {
  test.each(FIPS.map(([m, h]) => [m.length, m, h]))('FIPS 180 vector, %i chars', (_n, msg, hex) => {
    expect(sha256Hex(msg as string)).toBe(hex);
    expect(sha256Hex(bytesOf(msg as string))).toBe(hex);
    expect(sha256Hex(bytesOf(msg as string).buffer as ArrayBuffer)).toBe(hex);
  });

  test('strings are hashed as UTF-8', () => {
    expect(sha256Hex('催款')).toBe(sha256Hex(bytesOf('催款')));
    expect(hashedBytesOf('a¢催😀')).toEqual(new Uint8Array(Buffer.from('a¢催😀')));
  });

  test('every string hashes as js-sha256 hashed it on the phone, lone surrogates too', () => {
    const js = phoneJsSha256();
    for (const [m, h] of FIPS.slice(0, 3)) expect(js(m)).toBe(h);
    const units = [
      0x41, 0x7f, 0x80, 0x7ff, 0x800, 0x50ac, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000,
      0xffff,
    ];
    const texts = [
      '',
      '\ud83d\ude00',
      '\ud83d',
      '\ude00',
      'a\ud83d',
      '\ud83da',
      '\ude00\ud83d',
      '催款\ud800\u50ac',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    for (let k = 0; k < 300; k++) {
      let t = '';
      const n = next() % 90;
      for (let i = 0; i < n; i++)
        t += String.fromCharCode(next() % 3 ? units[next() % units.length] : next() & 0xffff);
      texts.push(t);
    }
    for (const t of texts) expect([t, sha256Hex(t)]).toEqual([t, js(t)]);
  });
});

describe('canonical JSON', () => {
  test('stable key order, drops undefined', () => {
    expect(canonicalJson({ b: 1, a: [1, { d: undefined, c: 'x' }], e: null })).toBe(
      '{"a":[1,{"c":"x"}],"b":1,"e":null}',
    );
    expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }));
  });
  test('rejects non-finite numbers', () => {
    expect(() => canonicalJson({ a: NaN })).toThrow();
  });
});

// ---- a small chain with attachments, in memory
function buildChain(n = 5) {
  const files = new Map<string, Uint8Array>();
  let head = EMPTY_HEAD;
  const entries: Entry[] = [];
  for (let i = 0; i < n; i++) {
    const bytes = bytesOf(`file ${i} contents`);
    const att: Attachment = {
      name: `f${i}.txt`,
      mime: 'text/plain',
      size: bytes.length,
      path: `/u/f${i}`,
      sha256: sha256Hex(bytes),
    };
    files.set(att.path, bytes);
    const r = appendItem(
      head,
      {
        kind: 'communication',
        comm: 'sms',
        text: `第${i}条短信：请还款`,
        attachments: i % 2 === 0 ? [att] : [],
        tags: ['t'],
        happenedAt: 1_700_000_000_000 + i,
      },
      { id: `e${i}`, caseId: 'c1', capturedAt: 1_700_000_100_000 + i },
    );
    head = r.head;
    entries.push(r.entry);
  }
  const read = (a: Attachment) => files.get(a.path) ?? null;
  return { head, entries, files, read, c: { id: 'c1', head } };
}

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));

describe('hash chain', () => {
  test('a fresh chain verifies', async () => {
    const { c, entries, read } = buildChain();
    await expect(verifyChain(c, entries, read)).resolves.toMatchObject({
      ok: true,
      count: 5,
      head: c.head.digest,
    });
    await expect(verifyChain({ id: 'x', head: EMPTY_HEAD }, [], read)).resolves.toMatchObject({
      ok: true,
      count: 0,
    });
  });

  test('any single edited character of any item text is detected at that item', async () => {
    const { c, entries, read } = buildChain(3);
    for (let i = 0; i < entries.length; i++) {
      const text = (entries[i] as Item).text;
      for (let p = 0; p < text.length; p++) {
        const copy = clone(entries);
        const it = copy[i] as Item;
        it.text =
          text.slice(0, p) + String.fromCharCode(text.charCodeAt(p) ^ 1) + text.slice(p + 1);
        const r = await verifyChain(c, copy, read);
        expect(r).toMatchObject({
          ok: false,
          firstBadIndex: i,
          itemId: `e${i}`,
          reason: 'changed',
        });
      }
    }
  });

  test('any single flipped bit of any attachment byte is detected', async () => {
    const { c, entries, files } = buildChain(3);
    for (const [p, bytes] of files) {
      if (!entries.some((e) => e.type === 'item' && e.attachments.some((a) => a.path === p)))
        continue;
      for (let b = 0; b < bytes.length; b++) {
        const changed = new Map(files);
        const copy = new Uint8Array(bytes);
        copy[b] ^= 0x01;
        changed.set(p, copy);
        const r = await verifyChain(c, entries, (a) => changed.get(a.path) ?? null);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.reason).toBe('attachment_changed');
      }
    }
  });

  test('missing attachment file', async () => {
    const { c, entries, files } = buildChain(3);
    files.delete('/u/f2');
    const r = await verifyChain(c, entries, (a) => {
      const b = files.get(a.path);
      if (!b) throw new Error('readFileSync:fail no such file or directory');
      return b;
    });
    expect(r).toMatchObject({
      ok: false,
      firstBadIndex: 2,
      reason: 'attachment_missing',
      attachmentName: 'f2.txt',
    });
  });

  test('edited capture time, happened time, kind, tags, attachment metadata or digest are detected', async () => {
    const { c, entries, read } = buildChain(3);
    const edits: ((e: Item) => void)[] = [
      (e) => (e.capturedAt += 1),
      (e) => (e.happenedAt = (e.happenedAt ?? 0) + 1),
      (e) => (e.kind = 'contract'),
      (e) => e.tags.push('x'),
      (e) =>
        e.attachments.length
          ? (e.attachments[0].name = 'y')
          : e.attachments.push({ name: 'n', mime: 'a', size: 0, path: '/p', sha256: '' }),
      (e) => (e.digest = e.digest.replace(/^./, (ch) => (ch === '0' ? '1' : '0'))),
      (e) => (e.prevDigest = '1'.repeat(64)),
    ];
    for (const edit of edits) {
      const copy = clone(entries);
      edit(copy[1] as Item);
      const r = await verifyChain(c, copy, read);
      expect(r).toMatchObject({ ok: false, firstBadIndex: 1, reason: 'changed' });
    }
  });

  test('rewriting an item together with its digests is caught by the next link or the head', async () => {
    const { c, entries, read } = buildChain(3);
    // Forge entry 1 completely (recompute both digests): entry 2's prevDigest no longer matches.
    const forged = appendItem(
      { count: 1, digest: entries[0].digest },
      { kind: 'other', text: 'forged' },
      { id: 'e1', caseId: 'c1', capturedAt: entries[1].capturedAt },
    );
    const copy = [...entries];
    copy[1] = forged.entry;
    expect(await verifyChain(c, copy, read)).toMatchObject({
      ok: false,
      firstBadIndex: 2,
      reason: 'changed',
    });
    // Forge the last entry: the case head pins it.
    const last = appendItem(
      { count: 2, digest: entries[1].digest },
      { kind: 'other', text: 'forged' },
      { id: 'e2', caseId: 'c1', capturedAt: 1 },
    );
    expect(await verifyChain(c, [entries[0], entries[1], last.entry], read)).toMatchObject({
      ok: false,
      reason: 'changed',
    });
  });

  test('reordered items are detected', async () => {
    const { c, entries, read } = buildChain(5);
    const copy = [...entries];
    [copy[1], copy[3]] = [copy[3], copy[1]];
    expect(await verifyChain(c, copy, read)).toMatchObject({
      ok: false,
      firstBadIndex: 1,
      itemId: 'e3',
      reason: 'reordered',
    });
  });

  test('removed items are detected (middle, first, last)', async () => {
    const { c, entries, read } = buildChain(5);
    expect(
      await verifyChain(
        c,
        entries.filter((_, i) => i !== 2),
        read,
      ),
    ).toMatchObject({ ok: false, firstBadIndex: 2, reason: 'missing' });
    expect(await verifyChain(c, entries.slice(1), read)).toMatchObject({
      ok: false,
      firstBadIndex: 0,
      reason: 'missing',
    });
    expect(await verifyChain(c, entries.slice(0, 4), read)).toMatchObject({
      ok: false,
      firstBadIndex: 4,
      reason: 'missing',
    });
    const holes: (Entry | null)[] = [...entries];
    holes[3] = null;
    expect(await verifyChain(c, holes, read)).toMatchObject({
      ok: false,
      firstBadIndex: 3,
      itemId: null,
      reason: 'missing',
    });
  });

  test('edits and deletions are entries: history kept, chain still verifies', async () => {
    const { head, entries, read } = buildChain(3);
    const v2 = appendItem(
      head,
      { kind: 'communication', comm: 'sms', text: '改过的文字' },
      { id: 'e3', caseId: 'c1', capturedAt: 5, revises: entries[1] as Item },
    );
    const del = appendDeletion(v2.head, 'e0', { id: 'e4', caseId: 'c1', capturedAt: 6 });
    const all = [...entries, v2.entry, del.entry];
    expect(v2.entry).toMatchObject({ rootId: 'e1', revises: 'e1' });
    expect(liveItems(all).map((e) => e.id)).toEqual(['e2', 'e3']);
    expect(await verifyChain({ id: 'c1', head: del.head }, all, read)).toMatchObject({
      ok: true,
      count: 5,
    });
    // Deleting the target: the deletion record's content is covered too.
    const tampered = clone(all);
    (tampered[4] as { targetId: string }).targetId = 'e2';
    expect(await verifyChain({ id: 'c1', head: del.head }, tampered, read)).toMatchObject({
      ok: false,
      firstBadIndex: 4,
      reason: 'changed',
    });
  });

  test('a verify failure carries a plain Chinese message', async () => {
    const { c, entries, read } = buildChain(2);
    const r = await verifyChain(c, entries.slice(0, 1), read);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/第 2 条记录/);
  });
});
