// Evidence records store (mobx-miniprogram). Pages bind to its observables with
// mobx-miniprogram-bindings and call its actions; it talks to the repository (core) and the
// file service (services) through small injected interfaces so Node tests can pass fakes.
//
// Observables hold plain, immutable snapshots (observable.ref) that are replaced, not
// mutated: mobx does not proxy 1,000 summaries, and bindings hand setData plain objects.
// Actions never throw to the page: on failure they return null/false and set `error`
// (a plain Chinese sentence) and `errorCode`.
import { makeAutoObservable, observable, runInAction } from 'mobx-miniprogram';
import {
  Anchor,
  anchorCode,
  anchorFileText,
  anchorShareTitle,
  Attachment,
  Case,
  CaseInput,
  CasePatch,
  CaseSummary,
  Channel,
  EvidenceError,
  EvidenceErrorCode,
  EvidenceRepository,
  Item,
  ItemDraft,
  ItemSummary,
  KV,
  MaskOptions,
  MSG,
  ReportInput,
  sha256Hex,
  snapshotOf,
  VERDICT_LABELS,
  VerifyCancelled,
  VerifyProgress,
  VerifyResult,
} from '../core/evidence/index';
import { entryById } from '../core/directory/index';
import type { CheckResult, Channel as NoticeChannel } from '../core/types';
import {
  attachmentReader,
  createEvidenceFiles,
  EvidenceFiles,
  ImportSource,
} from '../services/files';
import * as storage from '../services/storage';

/** The part of EvidenceRepository the store uses (tests may pass the real one over a memory KV). */
export type RecordsRepo = Pick<
  EvidenceRepository,
  | 'init'
  | 'warnings'
  | 'listCases'
  | 'loadCase'
  | 'loadCaseSummary'
  | 'loadItemsPage'
  | 'loadItem'
  | 'loadVersions'
  | 'loadLiveItems'
  | 'createCase'
  | 'updateCase'
  | 'addItem'
  | 'editItem'
  | 'deleteItem'
  | 'deleteCase'
  | 'verify'
  | 'referencedPaths'
  | 'recordAnchor'
  | 'loadAnchors'
> & { readonly readOnly: string | null };

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface RecordsDeps {
  repo: RecordsRepo;
  files: EvidenceFiles;
  now?: () => number;
  timers?: Timers;
  /** How long a deletion can be undone (ms). */
  undoWindowMs?: number;
  /** Official channels of an institution, for the report (defaults to the directory). */
  channelsFor?: (c: Case) => Channel[];
  /** How often verify lets the page render its progress (ms; default 50). */
  verifyPauseMs?: number;
}

export const PAGE_SIZE = 30;
export const UNDO_WINDOW_MS = 5000;
/** When the orphan-file sweep runs after start-up (ms). */
export const SWEEP_DELAY_MS = 1500;

export type IntegrityState = 'unknown' | 'checking' | 'ok' | 'bad';
export interface Integrity {
  state: IntegrityState;
  result: VerifyResult | null;
  checkedAt: number | null;
}

export interface PendingDelete {
  caseId: string;
  entryId: string;
  rootId: string;
  /** Epoch ms after which the deletion is recorded for good. */
  expiresAt: number;
}

/** KV over wx storage via services/storage (wx read lazily, on first use). */
export function wxKV(): KV {
  return {
    get: (k) => storage.get<unknown>(k),
    set: (k, v) => storage.set(k, v),
    remove: (k) => storage.remove(k),
    keys: () => storage.keys(),
  };
}

function directoryChannels(c: Case): Channel[] {
  const id = c.institution.entryId;
  const entry = id ? entryById(id) : null;
  return entry ? entry.hotlines.map((h) => ({ label: h.label, number: h.number })) : [];
}

const CHANNEL_TO_COMM: Partial<Record<NoticeChannel, ItemDraft['comm']>> = {
  sms: 'sms',
  wechat: 'chat',
  call: 'call_recording',
  visit: 'visit_note',
};

export class RecordsStore {
  ready: boolean;
  loading: boolean;
  error: string | null;
  errorCode: EvidenceErrorCode | null;
  /** Start-up notices (repairs, unreadable old data), shown once. */
  warnings: string[];

  cases: CaseSummary[];
  current: Case | null;
  currentSummary: CaseSummary | null;
  /** Loaded part of the current case's timeline (grows with loadMore). */
  items: ItemSummary[];
  total: number;
  integrity: Integrity;
  /** Verify's progress (0–1) while checking. */
  progress: number;
  pendingDelete: PendingDelete | null;
  /** A true, non-error sentence about the last action (e.g. a delete whose clean-up continues later). */
  notice: string | null;
  /** Set when the data on the phone is newer than this app: view only. */
  readOnly: string | null;
  /** The current case's latest anchor (head sent to the user's own chat), if any. */
  lastAnchor: Anchor | null;

  private deps: RecordsDeps | null;
  private undoTimer: unknown;
  private cancelVerify: boolean;

  constructor() {
    this.ready = false;
    this.loading = false;
    this.error = null;
    this.errorCode = null;
    this.warnings = [];
    this.cases = [];
    this.current = null;
    this.currentSummary = null;
    this.items = [];
    this.total = 0;
    this.integrity = { state: 'unknown', result: null, checkedAt: null };
    this.progress = 0;
    this.pendingDelete = null;
    this.notice = null;
    this.readOnly = null;
    this.lastAnchor = null;
    this.deps = null;
    this.undoTimer = null;
    this.cancelVerify = false;

    makeAutoObservable<this, 'deps' | 'undoTimer' | 'cancelVerify'>(this, {
      deps: false,
      undoTimer: false,
      cancelVerify: false,
      cases: observable.ref,
      current: observable.ref,
      currentSummary: observable.ref,
      items: observable.ref,
      integrity: observable.ref,
      pendingDelete: observable.ref,
      lastAnchor: observable.ref,
      warnings: observable.ref,
    });
  }

  get hasMore(): boolean {
    return this.items.length < this.total;
  }

  /** Items to show: the pending deletion is already hidden. */
  get visibleItems(): ItemSummary[] {
    const p = this.pendingDelete;
    return p && this.current && p.caseId === this.current.id
      ? this.items.filter((i) => i.rootId !== p.rootId)
      : this.items;
  }

  // ------------------------------------------------------------ wiring

  /** Inject dependencies (tests; the app may rely on the wx defaults). */
  configure(deps: RecordsDeps): void {
    this.deps = deps;
  }

  private get d(): Required<Omit<RecordsDeps, 'channelsFor' | 'verifyPauseMs'>> &
    Pick<RecordsDeps, 'channelsFor'> {
    if (!this.deps) {
      const files = createEvidenceFiles();
      this.deps = {
        repo: new EvidenceRepository({
          kv: wxKV(),
          // v1 attachments without a digest are hashed from their bytes during migration.
          hashFile: (p) => {
            try {
              return sha256Hex(files.readBytes(p));
            } catch (_e) {
              return null;
            }
          },
        }),
        files,
      };
    }
    const d = this.deps;
    return {
      repo: d.repo,
      files: d.files,
      now: d.now || (() => Date.now()),
      timers: d.timers || {
        setTimeout: (fn, ms) => setTimeout(fn, ms),
        clearTimeout: (h) => clearTimeout(h as number),
      },
      undoWindowMs: d.undoWindowMs != null ? d.undoWindowMs : UNDO_WINDOW_MS,
      channelsFor: d.channelsFor || directoryChannels,
    };
  }

  private fail(e: unknown): null {
    const err = e instanceof EvidenceError ? e : new EvidenceError('io', MSG.io, e);
    this.error = err.message;
    this.errorCode = err.code;
    return null;
  }

  clearError(): void {
    this.error = null;
    this.errorCode = null;
  }

  /** Run a synchronous repository step; failures become `error`. */
  private run<T>(fn: () => T): T | null {
    this.clearError();
    try {
      return fn();
    } catch (e) {
      return this.fail(e);
    }
  }

  // ------------------------------------------------------------ lifecycle

  /** App start: finish/roll back a cut-short change, migrate, load the case list. */
  init(): boolean {
    return (
      this.run(() => {
        const { repo } = this.d;
        repo.init();
        this.readOnly = repo.readOnly;
        // After the first screen: reading every chain costs time a cold start should not.
        // Safe to defer: imports and deletes are synchronous, so none is half-done when it runs.
        this.d.timers.setTimeout(() => this.sweepOrphanFiles(), SWEEP_DELAY_MS);
        this.warnings = [...repo.warnings];
        this.cases = repo.listCases();
        this.ready = true;
        return true;
      }) || false
    );
  }

  /**
   * Files nothing references (left by a kill during an import or a case deletion) are
   * removed, after start-up has settled every change; never when some record cannot be
   * read (it may reference a file) or the data is read-only.
   */
  private sweepOrphanFiles(): void {
    const { repo, files } = this.d;
    if (repo.readOnly) return;
    let refs: Set<string> | null;
    try {
      if (files.list().length === 0) return;
      refs = repo.referencedPaths();
    } catch (_e) {
      return; // tried again at the next start
    }
    if (!refs) return;
    for (let i = 0, items = files.list(); i < items.length; i++) {
      const p = items[i];
      if (refs.has(p)) continue;
      try {
        files.remove(p);
      } catch (_e) {
        /* tried again at the next start */
      }
    }
  }

  refreshCases(): void {
    this.run(() => {
      this.cases = this.d.repo.listCases();
    });
  }

  // ------------------------------------------------------------ cases

  createCase(input: CaseInput): Case | null {
    return this.run(() => {
      const c = this.d.repo.createCase(input);
      this.cases = this.d.repo.listCases();
      return c;
    });
  }

  /** Open a case: summary + first page of the timeline. */
  openCase(caseId: string): boolean {
    this.commitPendingDelete();
    const opened = this.run(() => {
      const { repo } = this.d;
      this.loading = true;
      try {
        this.currentSummary = repo.loadCaseSummary(caseId);
        this.current = repo.loadCase(caseId);
      } catch (e) {
        // A damaged case record still shows its items.
        if (!(e instanceof EvidenceError) || e.code !== 'corrupt') throw e;
        this.current = null;
        this.error = e.message;
        this.errorCode = e.code;
      }
      const page = repo.loadItemsPage(caseId, 0, PAGE_SIZE);
      this.items = page.items;
      this.total = page.total;
      this.integrity = { state: 'unknown', result: null, checkedAt: null };
      const anchors = repo.loadAnchors(caseId);
      this.lastAnchor = anchors[anchors.length - 1] || null;
      this.loading = false;
      return true;
    });
    if (opened == null) {
      this.loading = false;
      return false;
    }
    return opened;
  }

  /** Append the next page; each page is one small setData. */
  loadMore(): ItemSummary[] {
    const c = this.current;
    if (!c || !this.hasMore) return [];
    return (
      this.run(() => {
        const page = this.d.repo.loadItemsPage(c.id, this.items.length, PAGE_SIZE);
        this.items = [...this.items, ...page.items];
        this.total = page.total;
        return page.items;
      }) || []
    );
  }

  updateCase(patch: CasePatch): Case | null {
    const c = this.current;
    if (!c) return null;
    return this.run(() => {
      const updated = this.d.repo.updateCase(c.id, patch);
      this.afterWrite(c.id);
      return updated;
    });
  }

  /** Delete a whole case and its files. The page asks for confirmation first. */
  deleteCase(caseId: string): boolean {
    if (this.pendingDelete && this.pendingDelete.caseId === caseId) this.dropPendingDelete();
    return (
      this.run(() => {
        this.notice = null;
        // Throws only when nothing was deleted; after that the case is gone whatever follows.
        const { paths, complete } = this.d.repo.deleteCase(caseId);
        for (let i = 0; i < paths.length; i++) {
          const p = paths[i];
          try {
            this.d.files.remove(p);
          } catch (_e) {
            /* no record references it any more: the start-up sweep removes it */
          }
        }
        if (!complete) this.notice = MSG.deletedPartly;
        try {
          this.cases = this.d.repo.listCases();
        } catch (_e) {
          /* the list refreshes at the next open */
        }
        if (this.current && this.current.id === caseId) this.closeCase();
        return true;
      }) || false
    );
  }

  closeCase(): void {
    this.commitPendingDelete();
    this.current = null;
    this.currentSummary = null;
    this.items = [];
    this.total = 0;
    this.integrity = { state: 'unknown', result: null, checkedAt: null };
    this.lastAnchor = null;
  }

  // ------------------------------------------------------------ items

  private afterWrite(caseId: string): void {
    const { repo } = this.d;
    if (this.current && this.current.id === caseId) {
      this.current = repo.loadCase(caseId);
      this.currentSummary = repo.loadCaseSummary(caseId);
      const page = repo.loadItemsPage(caseId, 0, Math.max(PAGE_SIZE, this.items.length));
      this.items = page.items;
      this.total = page.total;
      this.integrity = { state: 'unknown', result: null, checkedAt: null };
    }
    this.cases = repo.listCases();
  }

  addItem(draft: ItemDraft, caseId = this.current ? this.current.id : undefined): Item | null {
    if (!caseId) return null;
    this.commitPendingDelete();
    return this.run(() => {
      const it = this.d.repo.addItem(caseId, draft);
      this.afterWrite(caseId);
      return it;
    });
  }

  /** A typed note (visit note, what a caller said, anything). */
  addNote(text: string, opts: Partial<Omit<ItemDraft, 'text'>> = {}): Item | null {
    let comm = opts.comm;
    if (comm == null) comm = opts.kind ? undefined : 'other';
    return this.addItem({
      kind: opts.kind != null ? opts.kind : 'communication',
      comm,
      ...opts,
      text,
    });
  }

  /** One tap from the result page: the notice and the engine's verdict. */
  addFromCheck(
    noticeText: string,
    result: CheckResult,
    opts: { channel?: NoticeChannel; happenedAt?: number; caseId?: string } = {},
  ): Item | null {
    const current = this.current ? this.current.id : undefined;
    return this.addItem(
      {
        kind: 'checked_notice',
        comm: opts.channel ? CHANNEL_TO_COMM[opts.channel] : undefined,
        happenedAt: opts.happenedAt,
        text: noticeText,
        check: snapshotOf(result),
        tags: [VERDICT_LABELS[result.verdict]],
      },
      opts.caseId != null ? opts.caseId : current,
    );
  }

  /**
   * Import picked files (copied into app storage and hashed) and add them as one item.
   * If saving the record fails, the copies are removed again: nothing half-saved.
   */
  addFiles(sources: ImportSource[], draft: Partial<ItemDraft> = {}): Item | null {
    const caseId = this.current ? this.current.id : undefined;
    if (!caseId || sources.length === 0) return null;
    this.commitPendingDelete();
    const imported: Attachment[] = [];
    return this.run(() => {
      let it: Item;
      try {
        for (let i = 0; i < sources.length; i++) {
          const s = sources[i];
          imported.push(this.d.files.importFile(s));
        }
        it = this.d.repo.addItem(caseId, {
          kind: draft.kind != null ? draft.kind : guessKind(imported),
          comm: draft.comm != null ? draft.comm : guessComm(imported),
          happenedAt: draft.happenedAt,
          text: draft.text || '',
          tags: draft.tags,
          attachments: [...(draft.attachments || []), ...imported],
        });
      } catch (e) {
        // The record was not saved (the repository throws only before its commit), so the
        // copies belong to nothing; a copy left by a failed removal is swept at the next start.
        for (let i = 0; i < imported.length; i++) {
          const a = imported[i];
          try {
            this.d.files.remove(a.path);
          } catch (_e) {
            /* swept at the next start */
          }
        }
        throw e;
      }
      // Saved: from here on nothing may delete its files, even if refreshing the view fails.
      try {
        this.afterWrite(caseId);
      } catch (_e) {
        /* the view refreshes at the next open */
      }
      return it;
    });
  }

  /** Full item for the item view (not observable: pages setData the fields they show). */
  loadItem(entryId: string): Item | null {
    const c = this.current;
    if (!c) return null;
    return this.run(() => this.d.repo.loadItem(c.id, entryId));
  }

  loadVersions(rootId: string): Item[] {
    const c = this.current;
    if (!c) return [];
    return this.run(() => this.d.repo.loadVersions(c.id, rootId)) || [];
  }

  /** Edit = a new version in the chain; the old version stays, marked as revised. */
  editItem(entryId: string, draft: ItemDraft): Item | null {
    const c = this.current;
    if (!c) return null;
    this.commitPendingDelete();
    return this.run(() => {
      const it = this.d.repo.editItem(c.id, entryId, draft);
      this.afterWrite(c.id);
      return it;
    });
  }

  /**
   * Hide an item now and record its deletion when the undo window closes (or on the next
   * change, closeCase, or app hide via commitPendingDelete). Until then undoDelete() restores it.
   */
  deleteItem(entryId: string): boolean {
    const c = this.current;
    if (!c) return false;
    this.commitPendingDelete();
    const summary = this.items.find((i) => i.id === entryId);
    if (!summary) return false;
    const { timers, undoWindowMs, now } = this.d;
    this.pendingDelete = {
      caseId: c.id,
      entryId,
      rootId: summary.rootId,
      expiresAt: now() + undoWindowMs,
    };
    this.undoTimer = timers.setTimeout(() => this.commitPendingDelete(), undoWindowMs);
    return true;
  }

  undoDelete(): boolean {
    if (!this.pendingDelete) return false;
    this.dropPendingDelete();
    return true;
  }

  private dropPendingDelete(): void {
    if (this.undoTimer !== null) this.d.timers.clearTimeout(this.undoTimer);
    this.undoTimer = null;
    this.pendingDelete = null;
  }

  /** Record the pending deletion in the chain now. Call from App.onHide too. */
  commitPendingDelete(): boolean {
    const p = this.pendingDelete;
    if (!p) return false;
    this.dropPendingDelete();
    return (
      this.run(() => {
        this.d.repo.deleteItem(p.caseId, p.entryId);
        this.afterWrite(p.caseId);
        return true;
      }) || false
    );
  }

  // ------------------------------------------------------------ integrity and export

  /**
   * Recompute the chain, re-reading every attachment in 1 MB pieces; `progress` follows the
   * bytes and entries checked, and cancelVerifying() stops it (the state goes back to unknown).
   */
  async verify(): Promise<VerifyResult | null> {
    const c = this.current;
    if (!c) return null;
    this.clearError();
    this.cancelVerify = false;
    this.progress = 0;
    this.integrity = { state: 'checking', result: null, checkedAt: null };
    const report = (p: VerifyProgress) => {
      const share =
        p.bytesTotal > 0
          ? 0.8 * (p.bytesDone / p.bytesTotal) + 0.2 * (p.done / Math.max(1, p.total))
          : p.done / Math.max(1, p.total);
      runInAction(() => {
        this.progress = Math.min(1, share);
      });
    };
    try {
      const result = await this.d.repo.verify(c.id, attachmentReader(this.d.files), {
        onProgress: report,
        isCancelled: () => this.cancelVerify,
        pauseEveryMs: this.deps && this.deps.verifyPauseMs != null ? this.deps.verifyPauseMs : 50,
        // A real macrotask (not the undo timers): lets the page render progress and take a tap.
        pause: () => new Promise<void>((r) => setTimeout(r, 0)),
      });
      runInAction(() => {
        this.progress = 1;
        this.integrity = { state: result.ok ? 'ok' : 'bad', result, checkedAt: this.d.now() };
      });
      return result;
    } catch (e) {
      return runInAction(() => {
        this.integrity = { state: 'unknown', result: null, checkedAt: null };
        this.progress = 0;
        return e instanceof VerifyCancelled ? null : this.fail(e);
      });
    }
  }

  cancelVerifying(): void {
    this.cancelVerify = true;
  }

  // ------------------------------------------------------------ outside anchor

  /** What to send to the user's own chat now: the share card title and the anchor file's text. */
  anchorOffer(): { title: string; fileText: string; code: string } | null {
    const c = this.current;
    if (!c || c.head.count === 0) return null;
    const at = this.d.now();
    return {
      title: anchorShareTitle(c.head, at),
      fileText: anchorFileText(c, at),
      code: anchorCode(c.head.digest),
    };
  }

  /** Remember that the current head was sent (or offered) to the user's chat. */
  recordAnchor(via: Anchor['via']): Anchor | null {
    const c = this.current;
    if (!c) return null;
    return this.run(() => {
      const a = this.d.repo.recordAnchor(c.id, via);
      this.lastAnchor = a;
      return a;
    });
  }

  latestAnchor(): Anchor | null {
    const c = this.current;
    if (!c) return null;
    const list = this.run(() => this.d.repo.loadAnchors(c.id)) || [];
    return list[list.length - 1] || null;
  }

  private reportInput(mask?: MaskOptions | false): ReportInput {
    const c = this.current;
    if (!c) throw new EvidenceError('not_found', MSG.notFound);
    const d = this.d;
    return {
      case: c,
      items: d.repo.loadLiveItems(c.id),
      verification: this.integrity.result,
      channels: (d.channelsFor && d.channelsFor(c)) || [],
      generatedAt: d.now(),
      mask,
    };
  }

  /**
   * What `build` makes of the current case (Run verify() first to include its result): the
   * report text or HTML, a complaint draft. The builders are packageRecords/report.ts and
   * complaint.ts, passed in by the export page: only its subpackage carries them.
   */
  exportWith<T>(
    build: (input: ReportInput) => T,
    opts: { mask?: MaskOptions | false } = {},
  ): T | null {
    return this.run(() => build(this.reportInput(opts.mask)));
  }
}

function guessKind(files: Attachment[]): ItemDraft['kind'] {
  if (files.some((f) => f.mime.startsWith('audio/'))) return 'communication';
  if (files.some((f) => f.mime === 'application/pdf')) return 'contract';
  return 'other';
}

function guessComm(files: Attachment[]): ItemDraft['comm'] {
  return files.some((f) => f.mime.startsWith('audio/')) ? 'call_recording' : undefined;
}

export const recordsStore = new RecordsStore();
