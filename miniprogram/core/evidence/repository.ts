// Persistence of evidence records over a small synchronous key-value interface (wx storage in
// the app, an in-memory map in tests and the bench). Pure: no wx, no Node.
//
// Layout (schema v2):
//   ev:schema                 "2"
//   ev:cases                  ["caseId", ...]                       (list of cases)
//   ev:case:<caseId>          Case JSON                             (small, metadata + chain head)
//   ev:idx:<caseId>           {rows:[[id, 'i'|'d', root/target, sortTime], ...]} in chain order
//   ev:item:<caseId>:<id>     one chain entry (text over CHUNK_CHARS moved to chunk keys)
//   ev:chunk:<caseId>:<id>:<n>
//   ev:journal                write-ahead journal of the change being committed
// No key grows with attachments' bytes, and the only key that grows with the case is the
// index (about 60 bytes an entry, ~60 KB for 1,000 entries), far under wx's 1 MB per key.
//
// Every change is a transaction:
//   1. write new immutable keys (entries, chunks) that nothing references yet;
//   2. write the journal: for each mutable key its new value and its old value;
//   3. apply the journal (sets, then removes); 4. remove the journal.
// A crash before 2 leaves unreferenced keys (recover() removes them) = old state.
// A crash after 2 is rolled forward by recover() = new state. If applying fails because
// storage is full, the old values are written back = old state, and a typed error is thrown.
import {
  appendDeletion,
  appendItem,
  EMPTY_HEAD,
  liveItems,
  ReadAttachmentBytes,
  verifyChain,
} from './chain';
import { EvidenceError, isQuotaError, MSG } from './errors';
import { firstLine, kindLabel, whenOf } from './format';
import { shortDigest } from './hash';
import type {
  Attachment,
  Case,
  CaseStatus,
  DeletionRecord,
  Entry,
  Institution,
  Item,
  ItemDraft,
  ItemKind,
  VerifyResult,
} from './types';
import type { Borrowed, Verdict } from '../types';

export interface KV {
  /** Stored value: a string written by set(), undefined/'' when absent (wx returns ''), or an object from another writer. */
  get(key: string): unknown;
  /** Throws when storage (or the per-key limit) is full. */
  set(key: string, value: string): void;
  remove(key: string): void;
  keys(): string[];
}

export const SCHEMA_VERSION = 2;
export const K = {
  schema: 'ev:schema',
  cases: 'ev:cases',
  journal: 'ev:journal',
  case: (c: string) => `ev:case:${c}`,
  idx: (c: string) => `ev:idx:${c}`,
  item: (c: string, id: string) => `ev:item:${c}:${id}`,
  chunk: (c: string, id: string, n: number) => `ev:chunk:${c}:${id}:${n}`,
  itemPrefix: (c: string) => `ev:item:${c}:`,
  chunkPrefix: (c: string) => `ev:chunk:${c}:`,
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
export const CHUNK_CHARS = 100_000;
export const MAX_PAGE = 100;

/** [entryId, 'i' item | 'd' deletion, rootId (item) or targetId (deletion), sortTime] */
type IdxRow = [string, 'i' | 'd', string, number];
interface Index {
  rows: IdxRow[];
}

interface StoredEntryExtra {
  /** Number of chunk keys holding the text; the entry's own `text` is '' then. */
  textChunks?: number;
}

interface Journal {
  v: 1;
  /** New immutable keys written in step 1 (removed on rollback). */
  blobs: string[];
  sets: { k: string; v: string; old: string | null }[];
  removes: string[];
  removePrefixes: string[];
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

export class EvidenceRepository {
  private readonly kv: KV;
  private readonly now: () => number;
  private readonly newId: () => string;
  private readonly hashFile?: (path: string) => string | null;
  /** Problems found at start-up (repairs, unreadable keys), for the UI to surface once. */
  readonly warnings: string[] = [];

  constructor(opts: RepositoryOptions) {
    this.kv = opts.kv;
    this.now = opts.now ?? (() => Date.now());
    this.newId = opts.newId ?? (() => defaultId(this.now()));
    this.hashFile = opts.hashFile;
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

  // ---------------------------------------------------------------- transactions

  private commit(tx: {
    blobs?: [string, string][];
    sets?: [string, string][];
    removes?: string[];
    removePrefixes?: string[];
  }): void {
    const written: string[] = [];
    const blobs = tx.blobs ?? [];
    let journal: Journal | null = null;
    try {
      for (const [k, v] of blobs) {
        this.kv.set(k, v);
        written.push(k);
      }
      const j: Journal = {
        v: 1,
        blobs: blobs.map(([k]) => k),
        sets: (tx.sets ?? []).map(([k, v]) => ({ k, v, old: this.raw(k) })),
        removes: tx.removes ?? [],
        removePrefixes: tx.removePrefixes ?? [],
      };
      this.kv.set(K.journal, JSON.stringify(j));
      journal = j;
      this.applyJournal(j);
    } catch (e) {
      if (e instanceof EvidenceError) throw e; // applyJournal already rolled back
      // Put things back ourselves so "nothing changed" holds without a restart. If even that
      // fails (the app is dying), recover() at next start-up finishes the job from the journal.
      try {
        if (journal) this.rollback(journal);
        else for (const k of written.reverse()) this.kv.remove(k);
      } catch {
        /* left for recover() */
      }
      throw isQuotaError(e)
        ? new EvidenceError('storage_full', MSG.storageFull, e)
        : new EvidenceError('io', MSG.io, e);
    }
    try {
      this.kv.remove(K.journal);
    } catch {
      // The change is complete; a leftover journal is replayed harmlessly (idempotent) at start-up.
    }
  }

  /** Roll forward; if storage is full part-way, put old values back and throw storage_full. */
  private applyJournal(j: Journal): void {
    try {
      for (const s of j.sets) this.kv.set(s.k, s.v);
    } catch (e) {
      if (!isQuotaError(e)) throw e;
      this.rollback(j);
      throw new EvidenceError('storage_full', MSG.storageFull, e);
    }
    for (const k of j.removes) this.kv.remove(k);
    if (j.removePrefixes.length) {
      for (const k of this.kv.keys())
        if (j.removePrefixes.some((p) => k.startsWith(p))) this.kv.remove(k);
    }
  }

  private rollback(j: Journal): void {
    for (const s of [...j.sets].reverse()) {
      if (s.old === null) this.kv.remove(s.k);
      else this.kv.set(s.k, s.old);
    }
    for (const k of j.blobs) this.kv.remove(k);
    this.kv.remove(K.journal);
  }

  // ---------------------------------------------------------------- start-up

  /**
   * Run once at start-up, before anything else: finishes or rolls back a change that was
   * cut short, removes unreferenced keys, migrates older schemas. Never throws for damaged
   * data: damaged keys are reported in `warnings` and left for the user to see.
   */
  init(): void {
    this.recover();
    this.migrate();
  }

  recover(): void {
    let j: Journal | null = null;
    try {
      j = this.json<Journal>(K.journal);
    } catch {
      // A journal is written with one set; an unreadable one was never complete: discard.
      j = null;
    }
    if (j && Array.isArray(j.sets)) {
      try {
        this.applyJournal(j);
      } catch (e) {
        if (!(e instanceof EvidenceError)) throw e;
        this.warnings.push(MSG.storageFull);
      }
    }
    this.kv.remove(K.journal);
    this.collectGarbage();
  }

  /** Remove entry/chunk keys that no index references (left by a change cut short before its journal). */
  private collectGarbage(): void {
    const keys = this.kv.keys();
    const caseIds = new Set(this.caseIdsRaw());
    const referenced = new Map<string, Set<string> | null>();
    const refsOf = (cid: string): Set<string> | null => {
      if (!referenced.has(cid)) {
        let set: Set<string> | null = null;
        if (caseIds.has(cid)) {
          try {
            const idx = this.json<Index>(K.idx(cid));
            set = idx ? new Set(idx.rows.map((r) => r[0])) : new Set();
          } catch {
            set = null; // index damaged: keep everything, it is rebuilt from entries
          }
        } else set = new Set();
        referenced.set(cid, set);
      }
      return referenced.get(cid) ?? null;
    };
    for (const k of keys) {
      const m = /^ev:(item|chunk):([^:]+):([^:]+)/.exec(k);
      if (!m) continue;
      const refs = refsOf(m[2]);
      if (refs && !refs.has(m[3])) this.kv.remove(k);
    }
    // Case/index keys of a case no longer listed (a deleteCase cut short) — only when the list itself is intact.
    if (this.raw(K.cases) !== null) {
      for (const k of keys) {
        const m = /^ev:(case|idx):([^:]+)$/.exec(k);
        if (m && !caseIds.has(m[2])) this.kv.remove(k);
      }
    }
  }

  private caseIdsRaw(): string[] {
    try {
      const ids = this.json<string[]>(K.cases);
      if (ids) return ids;
    } catch {
      /* rebuilt below */
    }
    return this.kv
      .keys()
      .map((k) => /^ev:case:([^:]+)$/.exec(k)?.[1])
      .filter((x): x is string => !!x);
  }

  // ---------------------------------------------------------------- migration

  schemaVersion(): number {
    const v = this.raw(K.schema);
    if (v !== null) return Number(v.replace(/"/g, '')) || 0;
    return this.raw(V1.index) !== null ? 1 : 0;
  }

  /** v1 → v2, one case per transaction so storage never has to hold two copies of everything. */
  migrate(): void {
    const version = this.schemaVersion();
    if (version >= SCHEMA_VERSION) return;
    if (version === 0) {
      this.commit({ sets: [[K.schema, String(SCHEMA_VERSION)]] });
      return;
    }
    let ids: string[] = [];
    try {
      ids = this.json<string[]>(V1.index) ?? [];
    } catch {
      ids = this.kv
        .keys()
        .filter((k) => k.startsWith(V1.case('')))
        .map((k) => k.slice(V1.case('').length));
    }
    for (const id of [...ids]) {
      let old: V1Case | null = null;
      try {
        old = this.json<V1Case>(V1.case(id));
      } catch {
        this.warnings.push(`一个旧版本的案件记录已损坏，无法迁移（编号 ${id}），原数据已保留。`);
        continue;
      }
      const remaining = ids.filter((x) => x !== id);
      if (!old) {
        this.commit({ sets: [[V1.index, JSON.stringify(remaining)]] });
        ids = remaining;
        continue;
      }
      this.migrateCase(old, remaining);
      ids = remaining;
    }
    const leftovers = this.kv.keys().filter((k) => k.startsWith(V1.case('')));
    this.commit({
      sets: [[K.schema, String(SCHEMA_VERSION)]],
      removes: leftovers.length ? [] : [V1.index],
    });
  }

  private migrateCase(old: V1Case, remainingV1: string[]): void {
    const caseId = old.id;
    let head = EMPTY_HEAD;
    const blobs: [string, string][] = [];
    const rows: IdxRow[] = [];
    for (const it of old.items) {
      const attachments: Attachment[] = (it.files ?? []).map((f) => ({
        name: f.name,
        mime: f.type ?? 'application/octet-stream',
        size: f.size,
        path: f.path,
        sha256: f.sha256 ?? (this.hashFile ? this.hashFile(f.path) : null),
      }));
      const r = appendItem(
        head,
        {
          kind: it.kind,
          happenedAt: it.time,
          text: it.text ?? '',
          attachments,
          tags: it.tags ?? [],
        },
        { id: it.id, caseId, capturedAt: it.createdAt },
      );
      head = r.head;
      blobs.push(...this.entryBlobs(r.entry));
      rows.push(rowOf(r.entry));
    }
    const c: Case = {
      id: caseId,
      title: old.title ?? old.institution ?? '',
      institution: { name: old.institution ?? '', entryId: old.institutionId },
      borrowed: old.borrowed ?? 'unsure',
      amount: old.amount,
      status: old.status ?? 'open',
      notes: old.notes ?? '',
      createdAt: old.createdAt,
      // The last change the old data knew about (not "now"): migration is not an edit.
      updatedAt: old.items.reduce((t, it) => Math.max(t, it.createdAt), old.createdAt),
      head,
    };
    const cases = this.caseIdsRaw().filter((x) => x !== caseId);
    this.commit({
      blobs,
      sets: [
        [K.case(caseId), JSON.stringify(c)],
        [K.idx(caseId), JSON.stringify({ rows } satisfies Index)],
        [K.cases, JSON.stringify([...cases, caseId])],
        [V1.index, JSON.stringify(remainingV1)],
      ],
      removes: [V1.case(caseId)],
    });
  }

  // ---------------------------------------------------------------- reading

  listCaseIds(): string[] {
    return this.caseIdsRaw();
  }

  listCases(): CaseSummary[] {
    return this.listCaseIds().map((id) => this.loadCaseSummary(id));
  }

  /** The case record; throws EvidenceError not_found / corrupt. */
  loadCase(caseId: string): Case {
    const c = this.json<Case>(K.case(caseId), MSG.corruptCase);
    if (!c) throw new EvidenceError('not_found', MSG.notFound);
    return c;
  }

  loadCaseSummary(caseId: string): CaseSummary {
    let c: Case | null = null;
    let problem: string | undefined;
    try {
      c = this.loadCase(caseId);
    } catch (e) {
      problem = e instanceof EvidenceError ? e.message : MSG.corruptCase;
    }
    const rows = this.index(caseId);
    if (rows.repaired && !problem) problem = rows.repaired;
    const live = liveRows(rows.rows);
    return {
      id: caseId,
      title: c ? c.title || c.institution.name : '（无法读取的案件）',
      institutionName: c?.institution.name ?? '',
      status: c?.status ?? 'open',
      borrowed: c?.borrowed ?? 'unsure',
      amount: c?.amount,
      updatedAt: c?.updatedAt ?? 0,
      liveCount: live.length,
      entryCount: rows.rows.length,
      problem,
    };
  }

  /** The index rows; rebuilt from the entries if the index key itself is damaged. */
  private index(caseId: string): { rows: IdxRow[]; repaired?: string } {
    try {
      const idx = this.json<Index>(K.idx(caseId));
      if (idx && Array.isArray(idx.rows)) return { rows: idx.rows };
      if (!idx) return { rows: [] };
    } catch {
      /* fall through to rebuild */
    }
    const entries: Entry[] = [];
    let unreadable = 0;
    for (const k of this.kv.keys()) {
      if (!k.startsWith(K.itemPrefix(caseId))) continue;
      try {
        const e = this.json<Entry>(k);
        if (e) entries.push(e);
      } catch {
        unreadable++;
      }
    }
    entries.sort((a, b) => a.seq - b.seq);
    return {
      rows: entries.map(rowOf),
      repaired:
        '这个案件的目录已损坏，已根据各条记录重建。' +
        (unreadable ? `有 ${unreadable} 条记录损坏，无法读取。` : ''),
    };
  }

  /** One chain entry with its text reassembled; throws EvidenceError corrupt / not_found. */
  loadEntry(caseId: string, id: string): Entry {
    const e = this.json<Entry & StoredEntryExtra>(K.item(caseId, id));
    if (!e) throw new EvidenceError('not_found', MSG.notFound);
    if (typeof e !== 'object' || typeof e.id !== 'string' || typeof e.seq !== 'number')
      throw corrupt();
    if (e.type === 'item' && e.textChunks) {
      let text = '';
      for (let n = 0; n < e.textChunks; n++) {
        const part = this.json<string>(K.chunk(caseId, id, n));
        if (typeof part !== 'string') throw corrupt();
        text += part;
      }
      const { textChunks: _drop, ...rest } = e;
      void _drop;
      return { ...rest, text } as Item;
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
    return this.index(caseId).rows.map(([id]) => {
      try {
        return this.loadEntry(caseId, id);
      } catch {
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
    for (const r of all) if (r[1] === 'i') roots.set(r[2], (roots.get(r[2]) ?? 0) + 1);
    return {
      caseId,
      total: rows.length,
      offset: start,
      items: slice.map(({ row, seq }) => {
        try {
          const e = this.loadItem(caseId, row[0]);
          return summarize(e, (roots.get(e.rootId) ?? 1) > 1);
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

  /** Recompute the whole chain, re-reading every attachment through `read`. */
  verify(caseId: string, read: ReadAttachmentBytes): Promise<VerifyResult> {
    return verifyChain(this.loadCase(caseId), this.loadChain(caseId), read);
  }

  // ---------------------------------------------------------------- writing

  createCase(input: CaseInput): Case {
    const now = this.now();
    const c: Case = {
      id: this.newId(),
      title: (input.title ?? '').trim() || input.institution.name,
      institution: { ...input.institution },
      borrowed: input.borrowed ?? 'unsure',
      amount: input.amount,
      status: 'open',
      notes: input.notes ?? '',
      createdAt: now,
      updatedAt: now,
      head: EMPTY_HEAD,
    };
    this.commit({
      sets: [
        [K.case(c.id), JSON.stringify(c)],
        [K.idx(c.id), JSON.stringify({ rows: [] } satisfies Index)],
        [K.cases, JSON.stringify([...this.caseIdsRaw(), c.id])],
      ],
    });
    return c;
  }

  updateCase(caseId: string, patch: CasePatch): Case {
    const c = { ...this.loadCase(caseId), ...patch, updatedAt: this.now() };
    this.commit({ sets: [[K.case(caseId), JSON.stringify(c)]] });
    return c;
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

  private appendEntry(c: Case, entry: Entry, head: Case['head']): void {
    const idx = this.index(c.id);
    const rows = [...idx.rows, rowOf(entry)];
    const updated: Case = { ...c, head, updatedAt: this.now() };
    this.commit({
      blobs: this.entryBlobs(entry),
      sets: [
        [K.idx(c.id), JSON.stringify({ rows } satisfies Index)],
        [K.case(c.id), JSON.stringify(updated)],
      ],
    });
  }

  /** Remove a whole case and its entries (the UI confirms first). Returns attachment paths to delete. */
  deleteCase(caseId: string): string[] {
    const paths = new Set<string>();
    for (const e of this.loadChain(caseId))
      if (e && e.type === 'item') for (const a of e.attachments) paths.add(a.path);
    this.commit({
      sets: [[K.cases, JSON.stringify(this.caseIdsRaw().filter((x) => x !== caseId))]],
      removes: [K.case(caseId), K.idx(caseId)],
      removePrefixes: [K.itemPrefix(caseId), K.chunkPrefix(caseId)],
    });
    return [...paths];
  }

  /** Every attachment path referenced by any entry of any case (to find orphan files). */
  referencedPaths(): Set<string> {
    const out = new Set<string>();
    for (const id of this.listCaseIds())
      for (const e of this.loadChain(id))
        if (e && e.type === 'item') for (const a of e.attachments) out.add(a.path);
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
  return e.type === 'item'
    ? [e.id, 'i', e.rootId, whenOf(e)]
    : [e.id, 'd', e.targetId, e.capturedAt];
}

/** Live rows (latest version of each undeleted item) in timeline order, with chain seq. */
function liveRows(rows: IdxRow[]): { row: IdxRow; seq: number }[] {
  const latest = new Map<string, number>();
  const deleted = new Set<string>();
  rows.forEach((r, i) => {
    if (r[1] === 'd') deleted.add(r[2]);
    else latest.set(r[2], i);
  });
  const out: { row: IdxRow; seq: number }[] = [];
  rows.forEach((r, i) => {
    if (r[1] === 'i' && !deleted.has(r[2]) && latest.get(r[2]) === i) out.push({ row: r, seq: i });
  });
  return out.sort((a, b) => a.row[3] - b.row[3] || a.seq - b.seq);
}

function summarize(e: Item, edited: boolean): ItemSummary {
  return {
    id: e.id,
    rootId: e.rootId,
    seq: e.seq,
    kind: e.kind,
    kindLabel: kindLabel(e),
    firstLine: firstLine(e.text) || (e.attachments[0]?.name ?? ''),
    happenedAt: e.happenedAt,
    capturedAt: e.capturedAt,
    when: whenOf(e),
    digestShort: shortDigest(e.digest),
    attachmentCount: e.attachments.length,
    edited,
    verdict: e.check?.verdict,
    tags: e.tags.slice(0, 5),
  };
}
