// Persistence of evidence records over a small synchronous key-value interface (wx storage in
// the app, an in-memory map in tests and the bench). Pure: no wx, no Node.
//
// Layout (schema v3):
//   ev:schema                 "3"
//   ev:cases                  ["caseId", ...]   order of the case list (a hint: see listCaseIds)
//   ev:case:<caseId>          Case JSON (metadata + chain head) — THE COMMIT POINT of a case
//   ev:ix:<caseId>:<page>     {rows:[[id, 'i'|'d'|'m', root/target, sortTime], ...]} IDX_PAGE rows a page
//   ev:item:<caseId>:<id>     one chain entry (text over CHUNK_CHARS moved to chunk keys)
//   ev:chunk:<caseId>:<id>:<n>
//   ev:anchor:<caseId>        [Anchor, ...]: when the head was sent to the user's own chat
// No key grows with the case beyond one index page (~4 KB), so wx's 1 MB per-key limit never
// stops a case; only the 10 MB in total does, with a message that says so (about 18,000 short
// SMS entries). Entries are not packed several to a key on purpose: a damaged key then costs
// at most one entry, never a page of them.
//
// How a change is made safe without a value journal: every change writes its new, not yet
// referenced keys first (entries, chunks, the index page with one more row) and ends with ONE
// atomic set of the case record, whose head (count + digest) decides what exists. Readers take
// the index only up to head.count and rebuild it from the entries when it does not match; keys
// beyond the head are invisible garbage, collected at start-up only when the index is
// consistent. So a throw, a kill or a full disk at any write leaves the old state (the commit
// set did not happen: the user is told "not saved", which stays true after a restart) or the
// new one (it did). Deleting a case first replaces its record by a small tombstone (that
// shrinks the key, so it works on a full disk too); a start-up finishes any tombstone's clean-up.
import {
  appendCaseInfo,
  appendDeletion,
  appendItem,
  EMPTY_HEAD,
  GENESIS_DIGEST,
  infoFacts,
  liveItems,
  ReadAttachmentBytes,
  VerifyOptions,
  verifyChain,
  verifyFailure,
} from './chain';
import { canonicalJson } from './canonical';
import { EvidenceError, isQuotaError, MSG } from './errors';
import { firstLine, kindLabel, whenOf } from './format';
import { shortDigest } from './hash';
import type {
  Anchor,
  AnchorCheck,
  Attachment,
  Case,
  CaseInfo,
  CaseInfoRecord,
  CaseStatus,
  ChainHead,
  DeletionRecord,
  Entry,
  Institution,
  Item,
  ItemDraft,
  ItemKind,
  VerifyResult,
} from './types';
import type { Borrowed, Verdict } from '../types';
import {
  IdxRow,
  isAnchorList,
  isCase,
  isEntry,
  isIdxPage,
  isStringList,
  isTombstone,
} from './validate';

export interface KV {
  /** Stored value: a string written by set(), undefined/'' when absent (wx returns ''), or an object from another writer. */
  get(key: string): unknown;
  /** Throws when storage (or the per-key limit) is full. */
  set(key: string, value: string): void;
  remove(key: string): void;
  keys(): string[];
}

export const SCHEMA_VERSION = 3;
export const K = {
  schema: 'ev:schema',
  cases: 'ev:cases',
  /** Schema v2's write-ahead journal; only read, to finish a v2 change cut short. */
  journal: 'ev:journal',
  case: (c: string) => `ev:case:${c}`,
  ix: (c: string, page: number) => `ev:ix:${c}:${page}`,
  ixPrefix: (c: string) => `ev:ix:${c}:`,
  /** Schema v2's single index key. */
  idx: (c: string) => `ev:idx:${c}`,
  item: (c: string, id: string) => `ev:item:${c}:${id}`,
  chunk: (c: string, id: string, n: number) => `ev:chunk:${c}:${id}:${n}`,
  itemPrefix: (c: string) => `ev:item:${c}:`,
  chunkPrefix: (c: string) => `ev:chunk:${c}:`,
  anchor: (c: string) => `ev:anchor:${c}`,
};

/** Schema v1 (the previous release): one big key per case holding all its items, no chain. */
export const V1 = {
  index: 'records_v1_index',
  case: (c: string) => `records_v1_case_${c}`,
};
export interface V1Case {
  id: string;
  title?: string;
  institution?: string;
  institutionId?: string;
  borrowed?: Borrowed;
  amount?: string;
  status?: CaseStatus;
  notes?: string;
  createdAt: number;
  items: {
    id: string;
    kind: ItemKind;
    time?: number;
    createdAt: number;
    text: string;
    files?: { name: string; type?: string; size: number; path: string; sha256?: string }[];
    tags?: string[];
  }[];
}

/** 100,000 UTF-16 units is at most ~300 KB of UTF-8 — comfortably under wx's 1 MB per key. */
export const CHUNK_CHARS = 100000;
export const MAX_PAGE = 100;
/** Rows per index page (~4 KB): an append rewrites one small key whatever the case's size. */
export const IDX_PAGE = 64;
/** Anchors kept per case (the latest is what verify compares with). */
const MAX_ANCHORS = 50;

export type { IdxRow } from './validate';

interface StoredEntryExtra {
  /** Number of chunk keys holding the text; the entry's own `text` is '' then. */
  textChunks?: number;
}

/** Schema v2's journal (finished at start-up if a v2 change was cut short). */
interface V2Journal {
  v: 1;
  blobs: string[];
  sets: { k: string; v: string; old: string | null }[];
  removes: string[];
  removePrefixes: string[];
}

interface IndexView {
  rows: IdxRow[];
  /** Rows match the case head (count and last digest): safe to collect garbage against. */
  consistent: boolean;
  /** Rows were rebuilt from the entries and account for every entry up to the head. */
  complete: boolean;
  /** Plain Chinese note when the index had to be rebuilt. */
  repaired?: string;
  /** Entries that could not be read while rebuilding. */
  unreadable: number;
}

export interface DeleteCaseResult {
  /** Attachment files to delete now (the records referencing them are gone). */
  paths: string[];
  /** false: the case is gone, some keys are left for the next start to clean up. */
  complete: boolean;
}

export interface ItemSummary {
  id: string;
  rootId: string;
  seq: number;
  kind: ItemKind | null;
  kindLabel: string;
  firstLine: string;
  happenedAt?: number;
  capturedAt: number;
  /** happenedAt ?? capturedAt: the timeline position. */
  when: number;
  digestShort: string;
  attachmentCount: number;
  edited: boolean;
  verdict?: Verdict;
  tags: string[];
  /** Set when the stored record cannot be read; `error` is the Chinese message to show. */
  unreadable?: true;
  error?: string;
}

export interface ItemsPage {
  caseId: string;
  total: number;
  offset: number;
  items: ItemSummary[];
}

export interface CaseSummary {
  id: string;
  title: string;
  institutionName: string;
  status: CaseStatus;
  borrowed: Borrowed;
  amount?: string;
  updatedAt: number;
  liveCount: number;
  entryCount: number;
  /** A Chinese message when part of the case could not be read (the rest still is). */
  problem?: string;
}

export interface CaseInput {
  title?: string;
  institution: Institution;
  borrowed?: Borrowed;
  amount?: string;
  notes?: string;
}

export type CasePatch = Partial<
  Pick<Case, 'title' | 'institution' | 'borrowed' | 'amount' | 'status' | 'notes'>
>;

export interface RepositoryOptions {
  kv: KV;
  now?: () => number;
  /** Unique id generator; ids must not contain ':'. */
  newId?: () => string;
  /** For migration from v1: SHA-256 of a file whose v1 record lacked one, or null if unreadable. */
  hashFile?: (path: string) => string | null;
}

let idCounter = 0;
function defaultId(now: number): string {
  idCounter = (idCounter + 1) % 1296;
  return (
    now.toString(36) +
    Math.floor(Math.random() * 36 ** 6)
      .toString(36)
      .padStart(6, '0') +
    idCounter.toString(36).padStart(2, '0')
  );
}

function corrupt(message: string = MSG.corruptItem, cause?: unknown): EvidenceError {
  return new EvidenceError('corrupt', message, cause);
}

function writeError(e: unknown): EvidenceError {
  if (e instanceof EvidenceError) return e;
  return isQuotaError(e)
    ? new EvidenceError('storage_full', MSG.storageFull, e)
    : new EvidenceError('io', MSG.io, e);
}

const CASE_KEY = /^ev:case:([^:]+)$/;
const CASE_DATA_KEY = /^ev:(?:item|chunk|ix):([^:]+):/;

export class EvidenceRepository {
  private readonly kv: KV;
  private readonly now: () => number;
  private readonly newId: () => string;
  private readonly hashFile?: (path: string) => string | null;
  /** Problems found at start-up (repairs, unreadable keys), for the UI to surface once. */
  readonly warnings: string[];
  /** Set when the stored data is newer than this app: nothing is written, not even repairs. */
  readOnly: string | null;

  constructor(opts: RepositoryOptions) {
    this.warnings = [];
    this.readOnly = null;

    this.kv = opts.kv;
    this.now = opts.now || (() => Date.now());
    this.newId = opts.newId || (() => defaultId(this.now()));
    this.hashFile = opts.hashFile;
    this.detectNewer();
  }

  // ---------------------------------------------------------------- raw access

  private raw(key: string): string | null {
    const v = this.kv.get(key);
    if (v === undefined || v === null || v === '') return null;
    return typeof v === 'string' ? v : JSON.stringify(v);
  }

  /** Parsed JSON, null if absent; throws EvidenceError('corrupt') if unparsable. */
  private json<T>(key: string, message?: string): T | null {
    const v = this.kv.get(key);
    if (v === undefined || v === null || v === '') return null;
    if (typeof v !== 'string') return v as T; // another writer stored an object
    try {
      return JSON.parse(v) as T;
    } catch (e) {
      throw corrupt(message, e);
    }
  }

  /** Parsed and shape-checked; null if absent; throws corrupt(message) otherwise. */
  private checked<T>(key: string, ok: (v: unknown) => v is T, message?: string): T | null {
    const v = this.json<unknown>(key, message);
    if (v === null) return null;
    if (!ok(v)) throw corrupt(message);
    return v;
  }

  private tryRemove(key: string): boolean {
    try {
      this.kv.remove(key);
      return true;
    } catch (_e) {
      return false;
    }
  }

  private writable(): void {
    if (this.readOnly) throw new EvidenceError('read_only', this.readOnly);
  }

  /**
   * One change: new keys first, then `commitKey` (the case record) as the single set that
   * makes it real. Anything written before a failed commit is invisible (beyond the head) and
   * tidied now or at the next start, so "not saved" is true whatever happens to the tidying.
   */
  private write(blobs: [string, string][], commitKey: string, commitValue: string): void {
    this.writable();
    const written: [string, string | null][] = [];
    try {
      for (let i = 0; i < blobs.length; i++) {
        const [k, v] = blobs[i];
        const old = this.raw(k);
        this.kv.set(k, v);
        written.push([k, old]);
      }
      this.kv.set(commitKey, commitValue);
    } catch (e) {
      for (let i = 0, list = written.reverse(); i < list.length; i++) {
        const [k, old] = list[i];
        try {
          if (old === null) this.kv.remove(k);
          else this.kv.set(k, old);
        } catch (_e) {
          /* invisible beyond the head; collected at the next start */
        }
      }
      throw writeError(e);
    }
  }

  // ---------------------------------------------------------------- layout detection

  /** Data written by a newer app version is opened read-only: never written over. */
  private detectNewer(): void {
    const schema = this.raw(K.schema);
    const n = schema === null ? NaN : Number(schema.replace(/"/g, ''));
    let list: unknown = null;
    try {
      list = this.json<unknown>(K.cases);
    } catch (_e) {
      list = null;
    }
    const newerList = !!list && typeof list === 'object' && !Array.isArray(list);
    if ((Number.isFinite(n) && n > SCHEMA_VERSION) || newerList) {
      this.readOnly = MSG.readOnlyNewer;
    }
  }

  schemaVersion(): number {
    const v = this.raw(K.schema);
    if (v !== null) {
      const n = Number(v.replace(/"/g, ''));
      if (Number.isFinite(n)) return n;
      // A damaged marker: the data itself tells which layout it is in.
      return this.kv.keys().some((k) => k.startsWith('ev:ix:')) ? SCHEMA_VERSION : 2;
    }
    if (this.raw(V1.index) !== null) return 1;
    return this.kv.keys().some((k) => k.startsWith('ev:case:')) ? 2 : 0;
  }

  // ---------------------------------------------------------------- start-up

  /**
   * Run once at start-up, before anything else: finishes a v2 change cut short and any case
   * deletion, migrates older schemas, rebuilds damaged indexes, collects keys beyond a head.
   * Never throws for damaged data: damaged keys are reported in `warnings` and kept.
   */
  init(): void {
    if (this.readOnly) {
      this.warnings.push(this.readOnly);
      return;
    }
    this.finishV2Journal();
    this.finishDeletions();
    this.migrate();
    this.repairAndCollect();
  }

  private finishV2Journal(): void {
    let j: V2Journal | null = null;
    try {
      j = this.json<V2Journal>(K.journal);
    } catch (_e) {
      j = null; // written with one set: an unreadable one never completed
    }
    // Written with one set: a journal of the wrong shape never completed, so it is dropped.
    const removes = j && j.removes != null ? j.removes : [];
    const removePrefixes = j && j.removePrefixes != null ? j.removePrefixes : [];
    const valid =
      !!j &&
      Array.isArray(j.sets) &&
      j.sets.every((x) => x && typeof x.k === 'string' && typeof x.v === 'string') &&
      removes.every((k) => typeof k === 'string') &&
      removePrefixes.every((k) => typeof k === 'string');
    if (j && valid) {
      try {
        for (let i = 0, list = j.sets; i < list.length; i++) {
          const s = list[i];
          this.kv.set(s.k, s.v);
        }
        for (let i = 0, list = removes; i < list.length; i++) {
          const k = list[i];
          this.kv.remove(k);
        }
        if (removePrefixes.length)
          for (let i = 0, list = this.kv.keys(); i < list.length; i++) {
            const k = list[i];
            if (removePrefixes.some((p) => k.startsWith(p))) this.kv.remove(k);
          }
      } catch (_e) {
        this.warnings.push(MSG.storageFull);
        return; // keep the journal for the next start
      }
    }
    if (this.raw(K.journal) !== null) this.tryRemove(K.journal);
  }

  private finishDeletions(): void {
    for (let i = 0, list = this.kv.keys(); i < list.length; i++) {
      const k = list[i];
      const m = CASE_KEY.exec(k);
      if (!m) continue;
      let v: unknown;
      try {
        v = this.json<unknown>(k);
      } catch (_e) {
        continue;
      }
      if (isTombstone(v)) this.cleanUpCase(m[1]);
    }
  }

  /** Remove every key of a tombstoned case, the tombstone last. */
  private cleanUpCase(caseId: string): boolean {
    const prefixes = [K.itemPrefix(caseId), K.chunkPrefix(caseId), K.ixPrefix(caseId)];
    const singles = [K.idx(caseId), K.anchor(caseId)];
    try {
      for (let i = 0, list = this.kv.keys(); i < list.length; i++) {
        const k = list[i];
        if (prefixes.some((p) => k.startsWith(p)) || singles.includes(k)) this.kv.remove(k);
      }
      const listed = this.listedIds();
      if (listed && listed.includes(caseId))
        this.kv.set(K.cases, JSON.stringify(listed.filter((x) => x !== caseId)));
      this.kv.remove(K.case(caseId));
      return true;
    } catch (_e) {
      return false;
    }
  }

  /**
   * For each case: a damaged or missing index is rebuilt (and rewritten when the rebuild is
   * complete); keys beyond the head are removed only when the index is consistent.
   */
  private repairAndCollect(): void {
    const keys = this.kv.keys();
    const byCase = new Map<string, string[]>();
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      const m = CASE_DATA_KEY.exec(k);
      if (m) {
        let ofCase = byCase.get(m[1]);
        if (!ofCase) byCase.set(m[1], (ofCase = []));
        ofCase.push(k);
      }
    }
    const placed = new Set(this.listCaseIds());
    // A damaged list hides nothing (cases are found by their keys); write it back in order.
    if (this.raw(K.cases) !== null && this.listedIds() === null) {
      try {
        this.kv.set(K.cases, JSON.stringify([...placed]));
        this.warnings.push(MSG.listRebuilt);
      } catch (_e) {
        /* still shown from the case keys */
      }
    }
    for (const [caseId, ks] of byCase) {
      if (placed.has(caseId)) continue;
      // A createCase cut short before its commit leaves only its first case-info entry (and
      // index page): nothing the user saw. Anything more is kept (it may be evidence).
      const entries = ks.filter((k) => k.startsWith(K.itemPrefix(caseId)));
      const onlyInfo =
        entries.length === 1 &&
        ks.every((k) => k === entries[0] || k === K.ix(caseId, 0)) &&
        (() => {
          try {
            const e = this.loadEntry(caseId, entries[0].slice(K.itemPrefix(caseId).length));
            return e.type === 'caseinfo' && e.seq === 0;
          } catch (_e) {
            return false;
          }
        })();
      if (onlyInfo)
        for (let i = 0; i < ks.length; i++) {
          const k = ks[i];
          this.tryRemove(k);
        }
    }
    for (const caseId of placed) {
      let c: Case;
      try {
        c = this.loadCase(caseId);
      } catch (_e) {
        continue; // no head to judge against: keep everything
      }
      const idx = this.index(caseId);
      if (!idx.consistent) {
        if (!idx.complete) {
          this.warnings.push(MSG.caseDamagedNoAdd);
          continue;
        }
        try {
          this.writeIndexPages(caseId, idx.rows, 0);
        } catch (_e) {
          continue; // shown rebuilt; written at a later start
        }
        this.warnings.push(MSG.indexRebuilt);
      }
      const ids = new Set(idx.rows.map((r) => r[0]));
      const pages = Math.ceil(c.head.count / IDX_PAGE);
      for (let i = 0, list = byCase.get(caseId) || []; i < list.length; i++) {
        const k = list[i];
        const m = /^ev:(item|chunk|ix):[^:]+:([^:]+)/.exec(k)!;
        const garbage = m[1] === 'ix' ? Number(m[2]) >= Math.max(1, pages) : !ids.has(m[2]);
        if (garbage) this.tryRemove(k);
      }
      // The v2 index goes only once its pages exist (a migration cut short still needs it).
      if (this.raw(K.idx(caseId)) !== null && this.raw(K.ix(caseId, 0)) !== null)
        this.tryRemove(K.idx(caseId));
    }
  }

  private writeIndexPages(caseId: string, rows: IdxRow[], fromPage: number): void {
    for (let p = fromPage; p * IDX_PAGE < rows.length || p === 0; p++) {
      this.kv.set(
        K.ix(caseId, p),
        JSON.stringify({ rows: rows.slice(p * IDX_PAGE, (p + 1) * IDX_PAGE) }),
      );
      if ((p + 1) * IDX_PAGE >= rows.length) break;
    }
  }

  // ---------------------------------------------------------------- case list

  /** The ids in ev:cases, or null when it is absent or damaged. */
  private listedIds(): string[] | null {
    try {
      const v = this.json<unknown>(K.cases);
      return isStringList(v) ? v : null;
    } catch (_e) {
      return null;
    }
  }

  /**
   * Every case on the phone: the listed ones first (in list order), then any case record the
   * list misses. The list only orders: a damaged or stale list never hides a case.
   */
  listCaseIds(): string[] {
    const keys = this.kv.keys();
    const withRecord = new Set<string>();
    const withData = new Set<string>();
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      const m = CASE_KEY.exec(k);
      if (m) withRecord.add(m[1]);
      const d = CASE_DATA_KEY.exec(k);
      if (d) withData.add(d[1]);
    }
    const tomb = new Set<string>();
    for (const id of withRecord) {
      try {
        if (isTombstone(this.json<unknown>(K.case(id)))) tomb.add(id);
      } catch (_e) {
        /* damaged: shown as such */
      }
    }
    const out: string[] = [];
    const seen = new Set<string>();
    for (let i = 0, list = this.listedIds() || []; i < list.length; i++) {
      const id = list[i];
      if (seen.has(id) || tomb.has(id)) continue;
      // A listed case whose record was lost still shows its entries.
      if (withRecord.has(id) || withData.has(id)) {
        out.push(id);
        seen.add(id);
      }
    }
    const extra = [...withRecord].filter((id) => !seen.has(id) && !tomb.has(id));
    const created = (id: string) => {
      try {
        return this.loadCase(id).createdAt;
      } catch (_e) {
        return Infinity;
      }
    };
    extra.sort((a, b) => created(a) - created(b) || (a < b ? -1 : 1));
    return [...out, ...extra];
  }

  // ---------------------------------------------------------------- migration

  /** v1 → v3 and v2 → v3, one case per commit so storage never has to hold two copies of everything. */
  migrate(): void {
    if (this.readOnly) return;
    const version = this.schemaVersion();
    if (version >= SCHEMA_VERSION) {
      if (this.raw(K.schema) !== String(SCHEMA_VERSION) && version === SCHEMA_VERSION)
        this.trySetSchema();
      return;
    }
    if (version === 1) this.migrateV1();
    if (version === 2) this.migrateV2();
    if (version === 0 || this.migrationDone()) this.trySetSchema();
  }

  private trySetSchema(): void {
    try {
      this.kv.set(K.schema, String(SCHEMA_VERSION));
    } catch (_e) {
      /* retried at the next start; every step is idempotent */
    }
  }

  private migrationDone(): boolean {
    return !this.kv
      .keys()
      .some((k) => k.startsWith(V1.case('')) || /^ev:idx:/.test(k) || k === V1.index);
  }

  private migrateV1(): void {
    let ids: string[] = [];
    try {
      const listed = this.json<string[]>(V1.index);
      ids = listed != null ? listed : [];
      if (!isStringList(ids)) throw corrupt();
    } catch (_e) {
      ids = [];
    }
    const all = new Set(ids);
    for (let i = 0, list = this.kv.keys(); i < list.length; i++) {
      const k = list[i];
      if (k.startsWith(V1.case(''))) all.add(k.slice(V1.case('').length));
    }
    for (const id of all) {
      let old: V1Case | null = null;
      try {
        old = this.json<V1Case>(V1.case(id));
        if (old && (typeof old !== 'object' || !Array.isArray(old.items))) throw corrupt();
      } catch (_e) {
        this.warnings.push(`一个旧版本的案件记录已损坏，无法迁移（编号 ${id}），原数据已保留。`);
        continue;
      }
      if (old) {
        try {
          this.migrateV1Case(old);
        } catch (_e) {
          this.warnings.push(MSG.storageFull);
          return; // the rest migrates at a later start
        }
      }
      if (!this.tryRemove(V1.case(id))) return;
    }
    const leftovers = this.kv.keys().some((k) => k.startsWith(V1.case('')));
    if (!leftovers) this.tryRemove(V1.index);
  }

  private migrateV1Case(old: V1Case): void {
    const caseId = old.id;
    try {
      if (isCase(this.json<unknown>(K.case(caseId)))) {
        this.appendToList(caseId); // committed at an earlier start, cut short after
        return;
      }
    } catch (_e) {
      /* overwritten below */
    }
    let head = EMPTY_HEAD;
    const blobs: [string, string][] = [];
    const rows: IdxRow[] = [];
    for (let i = 0, list = old.items; i < list.length; i++) {
      const it = list[i];
      const files = it.files != null ? it.files : [];
      const attachments: Attachment[] = files.map((f) => {
        let sha256 = f.sha256 != null ? f.sha256 : null;
        if (sha256 === null && this.hashFile) sha256 = this.hashFile(f.path);
        return {
          name: f.name,
          mime: f.type != null ? f.type : 'application/octet-stream',
          size: f.size,
          path: f.path,
          sha256,
        };
      });
      const r = appendItem(
        head,
        {
          kind: it.kind,
          happenedAt: it.time,
          text: it.text != null ? it.text : '',
          attachments,
          tags: it.tags != null ? it.tags : [],
        },
        { id: it.id, caseId, capturedAt: it.createdAt },
      );
      head = r.head;
      blobs.push(...this.entryBlobs(r.entry));
      rows.push(rowOf(r.entry));
    }
    const institution = old.institution != null ? old.institution : '';
    const info: CaseInfo = {
      title: old.title != null ? old.title : institution,
      institution: { name: institution, entryId: old.institutionId },
      borrowed: old.borrowed != null ? old.borrowed : 'unsure',
      amount: old.amount,
      status: old.status != null ? old.status : 'open',
      notes: old.notes != null ? old.notes : '',
    };
    // The last change the old data knew about (not "now"): migration is not an edit.
    const updatedAt = old.items.reduce((t, it) => Math.max(t, it.createdAt), old.createdAt);
    const ci = appendCaseInfo(head, info, { id: `${caseId}-info`, caseId, capturedAt: updatedAt });
    blobs.push(...this.entryBlobs(ci.entry));
    rows.push(rowOf(ci.entry));
    const c: Case = { id: caseId, ...info, createdAt: old.createdAt, updatedAt, head: ci.head };
    this.pushPages(blobs, caseId, rows, 0);
    this.write(blobs, K.case(caseId), JSON.stringify(c));
    this.appendToList(caseId);
  }

  /** v2 cases: index into pages, and their current metadata recorded in the chain. */
  private migrateV2(): void {
    for (let i = 0, list = this.listCaseIds(); i < list.length; i++) {
      const caseId = list[i];
      if (this.raw(K.idx(caseId)) === null) continue;
      let c: Case;
      try {
        c = this.loadCase(caseId);
      } catch (_e) {
        continue; // damaged record: kept as it is, shown with its entries
      }
      const idx = this.index(caseId);
      if (!idx.complete && !idx.consistent) {
        this.warnings.push(MSG.caseDamagedNoAdd);
        continue;
      }
      // v2 chains hold no case-info entry: one within the head means this case was migrated
      // at an earlier start that died before removing the v2 index.
      if (idx.rows.some((r) => r[1] === 'm')) {
        this.tryRemove(K.idx(caseId));
        continue;
      }
      const ci = appendCaseInfo(c.head, c, {
        id: this.newId(),
        caseId,
        capturedAt: c.updatedAt,
      });
      const rows = [...idx.rows, rowOf(ci.entry)];
      const blobs = this.entryBlobs(ci.entry);
      this.pushPages(blobs, caseId, rows, 0);
      try {
        this.write(blobs, K.case(caseId), JSON.stringify({ ...c, head: ci.head }));
      } catch (_e) {
        this.warnings.push(MSG.storageFull);
        return;
      }
      this.tryRemove(K.idx(caseId));
    }
  }

  private pushPages(out: [string, string][], caseId: string, rows: IdxRow[], from: number): void {
    for (let p = from; p === from || p * IDX_PAGE < rows.length; p++)
      out.push([
        K.ix(caseId, p),
        JSON.stringify({ rows: rows.slice(p * IDX_PAGE, (p + 1) * IDX_PAGE) }),
      ]);
  }

  private appendToList(caseId: string): void {
    const listed = this.listedIds() || [];
    if (listed.includes(caseId)) return;
    try {
      this.kv.set(K.cases, JSON.stringify([...listed, caseId]));
    } catch (_e) {
      /* the case is shown anyway: the list only orders */
    }
  }

  // ---------------------------------------------------------------- reading

  listCases(): CaseSummary[] {
    return this.listCaseIds().map((id) => this.loadCaseSummary(id));
  }

  /** The case record; throws EvidenceError not_found / corrupt. */
  loadCase(caseId: string): Case {
    const v = this.json<unknown>(K.case(caseId), MSG.corruptCase);
    if (v === null || isTombstone(v)) {
      if (v === null && this.hasData(caseId)) throw corrupt(MSG.caseMissing);
      throw new EvidenceError('not_found', MSG.notFound);
    }
    if (!isCase(v)) throw corrupt(MSG.corruptCase);
    return v;
  }

  private hasData(caseId: string): boolean {
    const p = [K.itemPrefix(caseId), K.ixPrefix(caseId)];
    return this.kv.keys().some((k) => p.some((x) => k.startsWith(x)));
  }

  loadCaseSummary(caseId: string): CaseSummary {
    let c: Case | null = null;
    let problem: string | undefined;
    try {
      c = this.loadCase(caseId);
    } catch (e) {
      problem = e instanceof EvidenceError ? e.message : MSG.corruptCase;
    }
    const idx = this.index(caseId);
    if (!problem && idx.repaired) problem = idx.repaired;
    const live = liveRows(idx.rows);
    return {
      id: caseId,
      title: c ? c.title || c.institution.name : '（无法读取的案件）',
      institutionName: c && c.institution.name != null ? c.institution.name : '',
      status: c && c.status != null ? c.status : 'open',
      borrowed: c && c.borrowed != null ? c.borrowed : 'unsure',
      amount: c ? c.amount : undefined,
      updatedAt: c && c.updatedAt != null ? c.updatedAt : 0,
      liveCount: live.length,
      entryCount: idx.rows.length,
      problem,
    };
  }

  private headOf(caseId: string): ChainHead | null {
    try {
      return this.loadCase(caseId).head;
    } catch (_e) {
      return null;
    }
  }

  /** The index rows up to the head; rebuilt from the entries when missing, damaged or stale. */
  private index(caseId: string): IndexView {
    const head = this.headOf(caseId);
    const rows: IdxRow[] = [];
    let damaged = false;
    const pages = head ? Math.ceil(head.count / IDX_PAGE) : Infinity;
    for (let p = 0; p < pages; p++) {
      let page: { rows: IdxRow[] } | null = null;
      try {
        page = this.checked(K.ix(caseId, p), isIdxPage);
      } catch (_e) {
        damaged = true;
        break;
      }
      if (!page) {
        if (head || p === 0) damaged = p < pages;
        break;
      }
      rows.push(...page.rows);
      if (!head && page.rows.length < IDX_PAGE) break;
    }
    if (!damaged && rows.length === 0 && head && head.count > 0) damaged = true;
    // A schema v2 index (not yet migrated).
    if (damaged && rows.length === 0) {
      try {
        const v2 = this.json<{ rows?: unknown }>(K.idx(caseId));
        if (v2 && isIdxPage(v2)) {
          rows.push(...v2.rows);
          damaged = false;
        }
      } catch (_e) {
        /* rebuilt below */
      }
    }
    if (!damaged && head) {
      if (rows.length >= head.count) {
        const view = rows.slice(0, head.count);
        if (this.lastDigestIs(caseId, view, head.digest))
          return { rows: view, consistent: true, complete: true, unreadable: 0 };
      }
    } else if (!damaged && !head) {
      return { rows, consistent: false, complete: false, unreadable: 0 };
    }
    return this.rebuildIndex(caseId, head);
  }

  private lastDigestIs(caseId: string, rows: IdxRow[], digest: string): boolean {
    if (rows.length === 0) return digest === GENESIS_DIGEST;
    try {
      return this.loadEntry(caseId, rows[rows.length - 1][0]).digest === digest;
    } catch (_e) {
      return false;
    }
  }

  /** From the entries: walk back from the head's digest; fall back to seq order. */
  private rebuildIndex(caseId: string, head: ChainHead | null): IndexView {
    const entries: Entry[] = [];
    let unreadable = 0;
    for (let i = 0, list = this.kv.keys(); i < list.length; i++) {
      const k = list[i];
      if (!k.startsWith(K.itemPrefix(caseId))) continue;
      try {
        entries.push(this.loadEntry(caseId, k.slice(K.itemPrefix(caseId).length)));
      } catch (_e) {
        unreadable++;
      }
    }
    const byDigest = new Map(entries.map((e) => [e.digest, e]));
    const path: Entry[] = [];
    if (head) {
      let d = head.digest;
      while (d !== GENESIS_DIGEST && path.length <= entries.length) {
        const e = byDigest.get(d);
        if (!e) break;
        path.push(e);
        d = e.prevDigest;
      }
      if (d === GENESIS_DIGEST && path.length === head.count) {
        path.reverse();
        return {
          rows: path.map(rowOf),
          consistent: false,
          complete: true,
          unreadable,
          repaired: MSG.indexRebuilt,
        };
      }
    }
    // Broken somewhere: every readable entry up to the head, one per position.
    const onPath = new Set(path.map((e) => e.id));
    const bySeq = new Map<number, Entry>();
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      if (head && e.seq >= head.count) continue;
      const cur = bySeq.get(e.seq);
      if (!cur || onPath.has(e.id)) bySeq.set(e.seq, e);
    }
    const rows = [...bySeq.values()].sort((a, b) => a.seq - b.seq).map(rowOf);
    return {
      rows,
      consistent: false,
      complete: false,
      unreadable,
      repaired: MSG.indexRebuilt + (unreadable ? `有 ${unreadable} 条记录损坏，无法读取。` : ''),
    };
  }

  /** One chain entry with its text reassembled; throws EvidenceError corrupt / not_found. */
  loadEntry(caseId: string, id: string): Entry {
    const e = this.checked<Entry & StoredEntryExtra>(K.item(caseId, id), isEntry);
    if (!e) throw new EvidenceError('not_found', MSG.notFound);
    if (e.id !== id || e.caseId !== caseId) throw corrupt();
    if (e.type === 'item' && e.textChunks) {
      let text = '';
      for (let n = 0; n < e.textChunks; n++) {
        const part = this.json<string>(K.chunk(caseId, id, n));
        if (typeof part !== 'string') throw corrupt();
        text += part;
      }
      // A copy without the chunk count.
      const out = { ...e, text };
      delete out.textChunks;
      return out as Item;
    }
    return e;
  }

  loadItem(caseId: string, id: string): Item {
    const e = this.loadEntry(caseId, id);
    if (e.type !== 'item') throw new EvidenceError('not_found', MSG.notFound);
    return e;
  }

  /** Every entry in chain order; null where the entry is missing or unreadable (for verify). */
  loadChain(caseId: string): (Entry | null)[] {
    return this.chainOf(this.index(caseId).rows, caseId);
  }

  private chainOf(rows: IdxRow[], caseId: string): (Entry | null)[] {
    return rows.map(([id]) => {
      try {
        return this.loadEntry(caseId, id);
      } catch (_e) {
        return null;
      }
    });
  }

  /** Current items (latest versions, not deleted), readable ones, in timeline order. */
  loadLiveItems(caseId: string): Item[] {
    const chain = this.loadChain(caseId).filter((e): e is Entry => e !== null);
    return liveItems(chain).sort((a, b) => whenOf(a) - whenOf(b) || a.seq - b.seq);
  }

  /** All versions of one item, oldest first. */
  loadVersions(caseId: string, rootId: string): Item[] {
    return this.index(caseId)
      .rows.filter((r) => r[1] === 'i' && r[2] === rootId)
      .map((r) => this.loadItem(caseId, r[0]));
  }

  /**
   * A page of the timeline as light summaries (no full text, no attachment list), so one
   * setData of a page stays far below 64 KB. Unreadable entries appear with `unreadable`.
   */
  loadItemsPage(
    caseId: string,
    offset: number,
    limit: number,
    order: 'asc' | 'desc' = 'asc',
  ): ItemsPage {
    const all = this.index(caseId).rows;
    const rows = liveRows(all);
    if (order === 'desc') rows.reverse();
    const lim = Math.max(0, Math.min(MAX_PAGE, Math.floor(limit)));
    const start = Math.max(0, Math.floor(offset));
    const slice = rows.slice(start, start + lim);
    const roots = new Map<string, number>();
    for (let j = 0; j < all.length; j++) {
      const r = all[j];
      if (r[1] === 'i') roots.set(r[2], (roots.get(r[2]) || 0) + 1);
    }
    return {
      caseId,
      total: rows.length,
      offset: start,
      items: slice.map(({ row, seq }) => {
        try {
          const e = this.loadItem(caseId, row[0]);
          return summarize(e, (roots.get(e.rootId) || 1) > 1);
        } catch (err) {
          return {
            id: row[0],
            rootId: row[2],
            seq,
            kind: null,
            kindLabel: '无法读取',
            firstLine: '',
            capturedAt: row[3],
            when: row[3],
            digestShort: '—',
            attachmentCount: 0,
            edited: false,
            tags: [],
            unreadable: true,
            error: err instanceof EvidenceError ? err.message : MSG.corruptItem,
          } satisfies ItemSummary;
        }
      }),
    };
  }

  /**
   * Recompute the whole chain, re-reading every attachment through `read`; also checks that
   * the timeline's index rows and the case's shown details match the chain, and compares
   * with the latest anchor the user sent to their chat.
   */
  async verify(
    caseId: string,
    read: ReadAttachmentBytes,
    opts: VerifyOptions = {},
  ): Promise<VerifyResult> {
    const c = this.loadCase(caseId);
    const idx = this.index(caseId);
    const chain = this.chainOf(idx.rows, caseId);
    let result = await verifyChain(c, chain, read, opts);
    const firstBad = result.ok ? Infinity : result.firstBadIndex;
    // The index decides what the timeline shows (kind, deletion, position): it must match.
    for (let i = 0; i < Math.min(firstBad, chain.length); i++) {
      const e = chain[i];
      if (e && canonicalJson(rowOf(e)) !== canonicalJson(idx.rows[i])) {
        result = verifyFailure(i, e.id, 'index_changed', chain);
        break;
      }
    }
    if (result.ok) {
      const info = [...chain]
        .reverse()
        .find((e): e is CaseInfoRecord => !!e && e.type === 'caseinfo');
      if (!info || canonicalJson(infoFacts(c)) !== canonicalJson(infoFacts(info.info)))
        result = verifyFailure(
          info ? info.seq : 0,
          info && info.id != null ? info.id : null,
          'case_changed',
          chain,
        );
    }
    const anchor = this.anchorCheck(caseId, chain, result);
    return anchor ? { ...result, anchor } : result;
  }

  private anchorCheck(
    caseId: string,
    chain: (Entry | null)[],
    result: VerifyResult,
  ): AnchorCheck | undefined {
    const list = this.loadAnchors(caseId);
    const a = list[list.length - 1];
    if (!a) return undefined;
    const bad = result.ok ? Infinity : result.firstBadIndex;
    const last = chain[a.count - 1];
    const intact = a.count <= chain.length && !!last && last.digest === a.digest && bad >= a.count;
    return { anchor: a, intact, after: Math.max(0, chain.length - a.count) };
  }

  // ---------------------------------------------------------------- anchors

  loadAnchors(caseId: string): Anchor[] {
    try {
      return this.checked(K.anchor(caseId), isAnchorList) || [];
    } catch (_e) {
      return [];
    }
  }

  /** Remember that the head was offered to the user's own chat now. */
  recordAnchor(caseId: string, via: Anchor['via']): Anchor {
    this.writable();
    const c = this.loadCase(caseId);
    const a: Anchor = { count: c.head.count, digest: c.head.digest, at: this.now(), via };
    const list = [...this.loadAnchors(caseId), a].slice(-MAX_ANCHORS);
    try {
      this.kv.set(K.anchor(caseId), JSON.stringify(list));
    } catch (e) {
      throw writeError(e);
    }
    return a;
  }

  // ---------------------------------------------------------------- writing

  createCase(input: CaseInput): Case {
    this.writable();
    const now = this.now();
    const id = this.newId();
    const info: CaseInfo = {
      title: (input.title != null ? input.title : '').trim() || input.institution.name,
      institution: { ...input.institution },
      borrowed: input.borrowed != null ? input.borrowed : 'unsure',
      amount: input.amount,
      status: 'open',
      notes: input.notes != null ? input.notes : '',
    };
    const ci = appendCaseInfo(EMPTY_HEAD, info, { id: this.newId(), caseId: id, capturedAt: now });
    const c: Case = { id, ...info, createdAt: now, updatedAt: now, head: ci.head };
    const blobs = this.entryBlobs(ci.entry);
    this.pushPages(blobs, id, [rowOf(ci.entry)], 0);
    this.write(blobs, K.case(id), JSON.stringify(c));
    this.appendToList(id);
    return c;
  }

  /** A change of the case's details, recorded in the chain like everything else. */
  updateCase(caseId: string, patch: CasePatch): Case {
    const c = this.loadCase(caseId);
    const info: CaseInfo = { ...infoFacts(c), ...patch };
    const { entry, head } = appendCaseInfo(c.head, info, {
      id: this.newId(),
      caseId,
      capturedAt: this.now(),
    });
    return this.appendEntry(c, entry, head, info);
  }

  /** Add an item (or, with `revises`, a new version of the item with that entry id). */
  addItem(caseId: string, draft: ItemDraft, revises?: string): Item {
    const c = this.loadCase(caseId);
    const base = revises !== undefined ? this.loadItem(caseId, revises) : undefined;
    const { entry, head } = appendItem(c.head, draft, {
      id: this.newId(),
      caseId,
      capturedAt: this.now(),
      revises: base,
    });
    this.appendEntry(c, entry, head);
    return entry;
  }

  editItem(caseId: string, entryId: string, draft: ItemDraft): Item {
    return this.addItem(caseId, draft, entryId);
  }

  /** Record the deletion of an item (all its versions) as a new chain entry. */
  deleteItem(caseId: string, entryOrRootId: string, reason?: string): DeletionRecord {
    const c = this.loadCase(caseId);
    const rows = this.index(caseId).rows;
    const row = rows.find((r) => r[0] === entryOrRootId && r[1] === 'i');
    if (!row) throw new EvidenceError('not_found', MSG.notFound);
    const { entry, head } = appendDeletion(c.head, row[2], {
      id: this.newId(),
      caseId,
      capturedAt: this.now(),
      reason,
    });
    this.appendEntry(c, entry, head);
    return entry;
  }

  /**
   * The rows of the index page the next row goes into, when the index's tail matches the
   * head (the usual case): an append then
   * reads and rewrites one small key, so a 50,000-entry case adds as fast as a small one.
   */
  private tailPage(c: Case): IdxRow[] | null {
    const n = c.head.count;
    if (n === 0) return [];
    const p = Math.floor((n - 1) / IDX_PAGE);
    try {
      const page = this.checked(K.ix(c.id, p), isIdxPage);
      if (!page || page.rows.length < n - p * IDX_PAGE) return null;
      const rows = page.rows.slice(0, n - p * IDX_PAGE);
      if (!this.lastDigestIs(c.id, rows, c.head.digest)) return null;
      // A full page: the new row opens the next one.
      return n % IDX_PAGE === 0 ? [] : rows;
    } catch (_e) {
      return null;
    }
  }

  private appendEntry(c: Case, entry: Entry, head: ChainHead, info?: CaseInfo): Case {
    this.writable();
    const blobs = this.entryBlobs(entry);
    const tail = this.tailPage(c);
    if (tail) {
      blobs.push([
        K.ix(c.id, Math.floor(c.head.count / IDX_PAGE)),
        JSON.stringify({ rows: [...tail, rowOf(entry)] }),
      ]);
    } else {
      const idx = this.index(c.id);
      // Appending after a hole would hide the hole's entries from the index for good.
      if (!idx.complete) throw corrupt(MSG.caseDamagedNoAdd);
      const rows = [...idx.rows, rowOf(entry)];
      // A rebuilt index is written whole; a consistent one only its last page.
      const from = idx.consistent ? Math.floor((rows.length - 1) / IDX_PAGE) : 0;
      this.pushPages(blobs, c.id, rows, from);
    }
    const updated: Case = { ...c, ...(info || {}), head, updatedAt: this.now() };
    this.write(blobs, K.case(c.id), JSON.stringify(updated));
    return updated;
  }

  /**
   * Remove a whole case and its entries (the UI confirms first). The case record becomes a
   * tombstone first (the commit: it shrinks the key, so this works on a full disk), then the
   * keys go; a start-up finishes a clean-up cut short. Throws (nothing changed) only when
   * the tombstone could not be written.
   */
  deleteCase(caseId: string): DeleteCaseResult {
    this.writable();
    const paths = new Set<string>();
    for (let i = 0, list = this.loadChain(caseId); i < list.length; i++) {
      const e = list[i];
      if (e && e.type === 'item')
        for (let j = 0, items = e.attachments; j < items.length; j++) {
          const a = items[j];
          paths.add(a.path);
        }
    }
    try {
      this.kv.set(K.case(caseId), JSON.stringify({ id: caseId, deleted: true }));
    } catch (e) {
      const err = writeError(e);
      throw new EvidenceError(err.code, MSG.notDeleted, e);
    }
    return { paths: [...paths], complete: this.cleanUpCase(caseId) };
  }

  /**
   * Every attachment path referenced by any entry of any case (to find orphan files), or
   * null when some case or entry cannot be read: then no file may be called an orphan.
   */
  referencedPaths(): Set<string> | null {
    const out = new Set<string>();
    for (let i = 0, list = this.listCaseIds(); i < list.length; i++) {
      const id = list[i];
      try {
        this.loadCase(id);
      } catch (_e) {
        return null;
      }
      const idx = this.index(id);
      if (!idx.complete || idx.unreadable > 0) return null;
      for (let j = 0, items = this.chainOf(idx.rows, id); j < items.length; j++) {
        const e = items[j];
        if (!e) return null;
        if (e.type === 'item')
          for (let k = 0, all = e.attachments; k < all.length; k++) {
            const a = all[k];
            out.add(a.path);
          }
      }
    }
    // Entries of a case we cannot place (no record, not listed) may reference files too.
    const known = new Set(this.listCaseIds());
    if (this.kv.keys().some((k) => CASE_DATA_KEY.test(k) && !known.has(CASE_DATA_KEY.exec(k)![1])))
      return null;
    return out;
  }

  private entryBlobs(entry: Entry): [string, string][] {
    if (entry.type !== 'item' || entry.text.length <= CHUNK_CHARS)
      return [[K.item(entry.caseId, entry.id), JSON.stringify(entry)]];
    const out: [string, string][] = [];
    const parts: string[] = [];
    let i = 0;
    while (i < entry.text.length) {
      let end = Math.min(entry.text.length, i + CHUNK_CHARS);
      // Never split a surrogate pair across keys.
      if (end < entry.text.length && /[\uD800-\uDBFF]/.test(entry.text[end - 1])) end++;
      parts.push(entry.text.slice(i, end));
      i = end;
    }
    parts.forEach((p, n) => out.push([K.chunk(entry.caseId, entry.id, n), JSON.stringify(p)]));
    const stored: Item & StoredEntryExtra = { ...entry, text: '', textChunks: parts.length };
    out.push([K.item(entry.caseId, entry.id), JSON.stringify(stored)]);
    return out;
  }
}

function rowOf(e: Entry): IdxRow {
  if (e.type === 'item') return [e.id, 'i', e.rootId, whenOf(e)];
  if (e.type === 'deletion') return [e.id, 'd', e.targetId, e.capturedAt];
  return [e.id, 'm', '', e.capturedAt];
}

/** Live rows (latest version of each undeleted item) in timeline order, with chain seq. */
function liveRows(rows: IdxRow[]): { row: IdxRow; seq: number }[] {
  const latest = new Map<string, number>();
  const deleted = new Set<string>();
  rows.forEach((r, i) => {
    if (r[1] === 'd') deleted.add(r[2]);
    else if (r[1] === 'i') latest.set(r[2], i);
  });
  const out: { row: IdxRow; seq: number }[] = [];
  rows.forEach((r, i) => {
    if (r[1] === 'i' && !deleted.has(r[2]) && latest.get(r[2]) === i) out.push({ row: r, seq: i });
  });
  return out.sort((a, b) => a.row[3] - b.row[3] || a.seq - b.seq);
}

function summarize(e: Item, edited: boolean): ItemSummary {
  const first = e.attachments[0];
  return {
    id: e.id,
    rootId: e.rootId,
    seq: e.seq,
    kind: e.kind,
    kindLabel: kindLabel(e),
    firstLine: firstLine(e.text) || (first && first.name) || '',
    happenedAt: e.happenedAt,
    capturedAt: e.capturedAt,
    when: whenOf(e),
    digestShort: shortDigest(e.digest),
    attachmentCount: e.attachments.length,
    edited,
    verdict: e.check ? e.check.verdict : undefined,
    tags: e.tags.slice(0, 5),
  };
}
