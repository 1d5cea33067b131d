// Fault injection (issue 10): every operation the user can start on the evidence store, through
// every single fault — a throw at write k, a kill after write k (then a restart), a full disk
// from write k on, a deleted / corrupted / wrong-shaped key (each key in turn), a missing
// attachment file. After each run and a restart we assert:
//   1. no entry saved before the operation is lost or changed (except the one whose own key
//      the fault destroyed, which must still be there, reported unreadable — never removed);
//   2. what the user was told is true: "saved/done" ⇔ the change is there after the restart;
//      a check reports "unchanged" only when no evidence was damaged.
// The matrix size and the number of lost entries are printed for the closing note.
import { createWxFake, FakeFileInput, WxFake } from '../../wx-fake';
import {
  EvidenceRepository,
  Entry,
  K,
  KV,
  sha256Hex,
} from '../../../miniprogram/core/evidence/index';
import { RecordsStore, SWEEP_DELAY_MS } from '../../../miniprogram/stores/records';
import { createEvidenceFiles } from '../../../miniprogram/services/files';
import { FakeTimers } from '../../helpers/fake-timers';
import { clock, ids } from './helpers';

type FaultMode = 'none' | 'throw' | 'kill' | 'full';

class Killed extends Error {}

/** wx storage with one scheduled fault, counted in writes (set or remove). */
class FaultKV implements KV {
  data: Map<string, string>;
  mode: FaultMode = 'none';
  at = 0;
  writes = 0;
  dead = false;
  constructor(data: Map<string, string>) {
    this.data = new Map(data);
  }
  get(k: string) {
    if (this.dead) throw new Killed();
    return this.data.get(k);
  }
  private fault(isSet: boolean): void {
    if (this.dead) throw new Killed();
    const n = this.writes++;
    if (this.mode === 'kill' && n >= this.at) {
      this.dead = true;
      throw new Killed();
    }
    if (this.mode === 'throw' && n === this.at)
      throw Object.assign(new Error('setStorageSync:fail unknown error'), {
        errMsg: 'setStorageSync:fail unknown error',
      });
    if (this.mode === 'full' && isSet && n >= this.at)
      throw Object.assign(new Error('setStorageSync:fail exceed storage max size 10Mb'), {
        errMsg: 'setStorageSync:fail exceed storage max size 10Mb',
      });
  }
  set(k: string, v: string) {
    this.fault(true);
    this.data.set(k, v);
  }
  remove(k: string) {
    this.fault(false);
    this.data.delete(k);
  }
  keys() {
    if (this.dead) throw new Killed();
    return [...this.data.keys()];
  }
}

interface World {
  kv: FaultKV;
  fake: WxFake;
  store: RecordsStore;
  timers: FakeTimers;
}

const FILE_BYTES = 'voucher image bytes';
let baseline: {
  data: Map<string, string>;
  files: FakeFileInput[];
  caseA: string;
  caseB: string;
  item0: string;
  item1: string;
  filePath: string;
  entries: Map<string, { caseId: string; json: string }>;
};

function boot(data: Map<string, string>, files: FakeFileInput[], prefix: string): World {
  const kv = new FaultKV(data);
  const fake = createWxFake({ files });
  const store = new RecordsStore();
  const timers = new FakeTimers();
  store.configure({
    repo: new EvidenceRepository({ kv, now: clock(Date.UTC(2025, 0, 1)), newId: ids(prefix) }),
    files: createEvidenceFiles(() => fake.wx),
    timers,
    now: clock(Date.UTC(2025, 0, 1)),
  });
  return { kv, fake, store, timers };
}

function filesOf(fake: WxFake, paths: string[]): FakeFileInput[] {
  return paths
    .filter((p) => fake.fileExists(p))
    .map((p) => ({ path: p, data: fake.readFileText(p) ?? '' }));
}

beforeAll(() => {
  const w = boot(new Map(), [], 'a');
  const s = w.store;
  s.init();
  const a = s.createCase({ institution: { name: '微众银行' }, amount: '3000' })!;
  const b = s.createCase({ institution: { name: '某消费金融' } })!;
  s.openCase(a.id);
  const i0 = s.addNote('第一条催收短信')!;
  const tmp = w.fake.putFile({ path: 'http://tmp/v.jpg', data: FILE_BYTES });
  const i1 = s.addFiles([{ tempPath: tmp, name: '凭证.jpg' }], {
    kind: 'payment',
    text: '还款凭证',
  })!;
  const i2 = s.addNote('要删的')!;
  s.editItem(i0.id, { kind: 'communication', comm: 'other', text: '第一条催收短信（补）' });
  s.deleteItem(i2.id);
  s.commitPendingDelete();
  s.updateCase({ notes: '对方夜里打电话' });
  s.recordAnchor('share_card');
  s.openCase(b.id);
  s.addNote('B 的记录');
  s.closeCase();
  const repo = new EvidenceRepository({ kv: w.kv });
  const entries = new Map<string, { caseId: string; json: string }>();
  for (const cid of [a.id, b.id])
    for (const e of repo.loadChain(cid))
      entries.set(e!.id, { caseId: cid, json: JSON.stringify(e) });
  const latest0 = repo.loadLiveItems(a.id).find((x) => x.rootId === i0.id)!;
  baseline = {
    data: new Map(w.kv.data),
    files: filesOf(w.fake, [i1.attachments[0].path]),
    caseA: a.id,
    caseB: b.id,
    item0: latest0.id,
    item1: i1.id,
    filePath: i1.attachments[0].path,
    entries,
  };
  expect(entries.size).toBe(9);
});

interface Op {
  name: string;
  /** Runs the operation as the page would; returns whether the user was told it worked. */
  run(w: World): boolean | Promise<boolean>;
  /** After a restart: did the change land? (null: a read-only operation) */
  landed(repo: EvidenceRepository): boolean | null;
  /** Entries the operation may legitimately remove once it landed. */
  removes?: (landed: boolean) => string | null;
}

function live(repo: EvidenceRepository, caseId: string): string[] {
  try {
    return repo.loadItemsPage(caseId, 0, 100).items.map((i) => i.firstLine);
  } catch {
    return [];
  }
}

const ops: Op[] = [
  {
    name: 'createCase',
    run: (w) => !!w.store.createCase({ institution: { name: '新案件' } }),
    landed: (r) => r.listCases().some((c) => c.title === '新案件'),
  },
  {
    name: 'updateCase',
    run: (w) => w.store.openCase(baseline.caseA) && !!w.store.updateCase({ amount: '9999' }),
    landed: (r) => {
      try {
        return r.loadCase(baseline.caseA).amount === '9999';
      } catch {
        return false;
      }
    },
  },
  {
    name: 'addItem',
    run: (w) => w.store.openCase(baseline.caseA) && !!w.store.addNote('新的一条'),
    landed: (r) => live(r, baseline.caseA).includes('新的一条'),
  },
  {
    name: 'addItem (chunked text)',
    run: (w) => w.store.openCase(baseline.caseA) && !!w.store.addNote('BIG' + '聊'.repeat(250_000)),
    landed: (r) => live(r, baseline.caseA).some((l) => l.startsWith('BIG')),
  },
  {
    name: 'addFiles',
    run: (w) => {
      const tmp = w.fake.putFile({ path: 'http://tmp/n.jpg', data: 'new file bytes' });
      return (
        w.store.openCase(baseline.caseA) && !!w.store.addFiles([{ tempPath: tmp, name: 'n.jpg' }])
      );
    },
    landed: (r) => live(r, baseline.caseA).includes('n.jpg'),
  },
  {
    name: 'editItem',
    run: (w) =>
      w.store.openCase(baseline.caseA) &&
      !!w.store.editItem(baseline.item0, { kind: 'other', text: '改过的' }),
    landed: (r) => live(r, baseline.caseA).includes('改过的'),
  },
  {
    name: 'deleteItem',
    run: (w) => {
      if (!w.store.openCase(baseline.caseA) || !w.store.deleteItem(baseline.item0)) return false;
      return w.store.commitPendingDelete();
    },
    landed: (r) => !live(r, baseline.caseA).includes('第一条催收短信（补）'),
  },
  {
    name: 'deleteCase',
    run: (w) => w.store.deleteCase(baseline.caseA),
    landed: (r) => !r.listCaseIds().includes(baseline.caseA),
    removes: (landed) => (landed ? baseline.caseA : null),
  },
  {
    name: 'recordAnchor',
    run: (w) => w.store.openCase(baseline.caseA) && !!w.store.recordAnchor('file'),
    // A damaged anchor log is replaced (the witness is the chat message, not this log).
    landed: (r) => r.loadAnchors(baseline.caseA).slice(-1)[0]?.via === 'file',
  },
  {
    name: 'verify',
    run: async (w) => w.store.openCase(baseline.caseA) && (await w.store.verify())?.ok === true,
    landed: () => null,
  },
  {
    name: 'restart (init)',
    run: (w) => w.store.init(),
    landed: () => null,
  },
];

type Fault =
  | { kind: 'throw' | 'kill' | 'full'; at: number }
  | { kind: 'deleted' | 'corrupted' | 'wrong-shaped'; key: string }
  | { kind: 'missing file' };

/** Keys of case A whose damage means its check may no longer say "unchanged". */
const evidenceKey = (k: string) =>
  k === K.case(baseline.caseA) ||
  k.startsWith(K.itemPrefix(baseline.caseA)) ||
  k.startsWith(K.chunkPrefix(baseline.caseA));

function damage(data: Map<string, string>, f: Fault): void {
  if (f.kind === 'deleted') data.delete(f.key);
  if (f.kind === 'corrupted') data.set(f.key, data.get(f.key)!.slice(0, 7));
  if (f.kind === 'wrong-shaped') data.set(f.key, '[]');
}

async function runOnce(op: Op, fault: Fault, prefix: string) {
  const data = new Map(baseline.data);
  let files = baseline.files;
  if ('key' in fault) damage(data, fault);
  if (fault.kind === 'missing file') files = [];
  const w = boot(data, files, prefix);
  w.store.init();
  w.kv.writes = 0;
  if (fault.kind === 'throw' || fault.kind === 'kill' || fault.kind === 'full') {
    w.kv.mode = fault.kind;
    w.kv.at = fault.at;
  }
  let told: boolean;
  try {
    told = await op.run(w);
  } catch (e) {
    if (!(e instanceof Killed)) throw e;
    told = false;
  }
  const killed = w.kv.dead;
  const writes = w.kv.writes;
  // Restart: storage works again; files as they are on the phone.
  const phoneFiles = filesOf(w.fake, [
    ...new Set([baseline.filePath, ...createEvidenceFiles(() => w.fake.wx).list()]),
  ]);
  const after = boot(w.kv.data, phoneFiles, prefix + 'r');
  expect(after.store.init()).toBe(true);
  after.timers.advance(SWEEP_DELAY_MS);
  const repo = new EvidenceRepository({ kv: after.kv });
  const landed = op.landed(repo);
  const problems: string[] = [];
  // 2. The message was true.
  if (landed !== null && !killed && told !== landed)
    problems.push(
      `told ${told ? 'done' : 'not done'} but it ${landed ? 'landed' : 'did not land'}`,
    );
  if (op.name === 'verify') {
    const damaged = fault.kind === 'missing file' || ('key' in fault && evidenceKey(fault.key));
    if (told && damaged) problems.push('the check said unchanged though evidence was damaged');
    if (!told && !damaged) problems.push('the check failed on intact evidence');
  }
  // A file nobody references is gone after the restart; a referenced one is kept.
  const refs = repo.referencedPaths();
  const stored = createEvidenceFiles(() => after.fake.wx).list();
  if (refs) for (const p of stored) if (!refs.has(p)) problems.push(`orphan file ${p}`);
  if (
    refs?.has(baseline.filePath) &&
    fault.kind !== 'missing file' &&
    !after.fake.fileExists(baseline.filePath)
  )
    problems.push('a referenced file was deleted');
  // 1. Nothing saved before was lost or changed.
  let lost = 0;
  const removedCase = op.removes?.(landed === true) ?? null;
  const chains = new Map<string, (Entry | null)[]>();
  for (const [id, { caseId, json }] of baseline.entries) {
    if (caseId === removedCase) continue;
    const key = K.item(caseId, id);
    if ('key' in fault && fault.key === key) {
      if (fault.kind !== 'deleted' && !after.kv.data.has(key)) {
        lost++;
        problems.push(`damaged entry ${id} was removed`);
      }
      continue;
    }
    if (!chains.has(caseId)) chains.set(caseId, repo.loadChain(caseId));
    const found = chains.get(caseId)!.find((e) => e?.id === id);
    if (!found || JSON.stringify(found) !== json) {
      lost++;
      problems.push(`entry ${id} ${found ? 'changed' : 'lost'}`);
    }
  }
  return { problems, lost, writes };
}

test('every operation × every single fault: nothing saved is lost, every message is true', async () => {
  const keys = [...baseline.data.keys()];
  let runs = 0;
  let lost = 0;
  let faultsPerOp = 0;
  const failures: string[] = [];
  for (const op of ops) {
    const probe = await runOnce(op, { kind: 'throw', at: Infinity }, 'p');
    expect(probe.problems).toEqual([]);
    const faults: Fault[] = [];
    for (let k = 0; k <= probe.writes; k++)
      for (const kind of ['throw', 'kill', 'full'] as const) faults.push({ kind, at: k });
    for (const key of keys)
      for (const kind of ['deleted', 'corrupted', 'wrong-shaped'] as const)
        faults.push({ kind, key });
    faults.push({ kind: 'missing file' });
    faultsPerOp = Math.max(faultsPerOp, faults.length);
    for (const f of faults) {
      const r = await runOnce(op, f, 'f');
      runs++;
      lost += r.lost;
      for (const p of r.problems) failures.push(`${op.name} / ${JSON.stringify(f)}: ${p}`);
    }
  }
  console.log(
    `fault matrix: ${ops.length} operations × up to ${faultsPerOp} faults = ${runs} runs; entries lost: ${lost}`,
  );
  expect(failures).toEqual([]);
  expect(lost).toBe(0);
  expect(sha256Hex(FILE_BYTES)).toBeTruthy();
}, 180_000); // 686 restart cycles: a long, CPU-bound test; 30 s is not enough on a loaded machine
