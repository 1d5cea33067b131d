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
  Attachment,
  buildComplaintDraft,
  buildReportHtml,
  buildReportText,
  Case,
  CaseInput,
  CasePatch,
  CaseSummary,
  Channel,
  ComplaintDraft,
  ComplaintKind,
  EvidenceError,
  EvidenceErrorCode,
  EvidenceRepository,
  Item,
  ItemDraft,
  ItemSummary,
  KV,
  MaskOptions,
  MSG,
  sha256Hex,
  snapshotOf,
  VERDICT_LABELS,
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
>;

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
}

export const PAGE_SIZE = 30;
export const UNDO_WINDOW_MS = 5000;

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
  ready = false;
  loading = false;
  error: string | null = null;
  errorCode: EvidenceErrorCode | null = null;
  /** Start-up notices (repairs, unreadable old data), shown once. */
  warnings: string[] = [];

  cases: CaseSummary[] = [];
  current: Case | null = null;
  currentSummary: CaseSummary | null = null;
  /** Loaded part of the current case's timeline (grows with loadMore). */
  items: ItemSummary[] = [];
  total = 0;
  integrity: Integrity = { state: 'unknown', result: null, checkedAt: null };
  pendingDelete: PendingDelete | null = null;

  private deps: RecordsDeps | null = null;
  private undoTimer: unknown = null;

  constructor() {
    makeAutoObservable<this, 'deps' | 'undoTimer'>(this, {
      deps: false,
      undoTimer: false,
      cases: observable.ref,
      current: observable.ref,
      currentSummary: observable.ref,
      items: observable.ref,
      integrity: observable.ref,
      pendingDelete: observable.ref,
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

  private get d(): Required<Omit<RecordsDeps, 'channelsFor'>> & Pick<RecordsDeps, 'channelsFor'> {
    if (!this.deps) {
      const files = createEvidenceFiles();
      this.deps = {
        repo: new EvidenceRepository({
          kv: wxKV(),
          // v1 attachments without a digest are hashed from their bytes during migration.
          hashFile: (p) => {
            try {
              return sha256Hex(files.readBytes(p));
            } catch {
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
      now: d.now ?? (() => Date.now()),
      timers: d.timers ?? {
        setTimeout: (fn, ms) => setTimeout(fn, ms),
        clearTimeout: (h) => clearTimeout(h as number),
      },
      undoWindowMs: d.undoWindowMs ?? UNDO_WINDOW_MS,
      channelsFor: d.channelsFor ?? directoryChannels,
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
        this.warnings = [...repo.warnings];
        this.cases = repo.listCases();
        this.ready = true;
        return true;
      }) ?? false
    );
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
    return (
      this.run(() => {
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
        this.loading = false;
        return true;
      }) ?? ((this.loading = false), false)
    );
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
      }) ?? []
    );
  }

  updateCase(patch: CasePatch): Case | null {
    const c = this.current;
    if (!c) return null;
    return this.run(() => {
      const updated = this.d.repo.updateCase(c.id, patch);
      this.current = updated;
      this.cases = this.d.repo.listCases();
      return updated;
    });
  }

  /** Delete a whole case and its files. The page asks for confirmation first. */
  deleteCase(caseId: string): boolean {
    if (this.pendingDelete?.caseId === caseId) this.dropPendingDelete();
    return (
      this.run(() => {
        const paths = this.d.repo.deleteCase(caseId);
        for (const p of paths) {
          try {
            this.d.files.remove(p);
          } catch {
            /* records are gone; a stray file only costs space */
          }
        }
        this.cases = this.d.repo.listCases();
        if (this.current?.id === caseId) this.closeCase();
        return true;
      }) ?? false
    );
  }

  closeCase(): void {
    this.commitPendingDelete();
    this.current = null;
    this.currentSummary = null;
    this.items = [];
    this.total = 0;
    this.integrity = { state: 'unknown', result: null, checkedAt: null };
  }

  // ------------------------------------------------------------ items

  private afterWrite(caseId: string): void {
    const { repo } = this.d;
    if (this.current?.id === caseId) {
      this.current = repo.loadCase(caseId);
      this.currentSummary = repo.loadCaseSummary(caseId);
      const page = repo.loadItemsPage(caseId, 0, Math.max(PAGE_SIZE, this.items.length));
      this.items = page.items;
      this.total = page.total;
      this.integrity = { state: 'unknown', result: null, checkedAt: null };
    }
    this.cases = repo.listCases();
  }

  addItem(draft: ItemDraft, caseId = this.current?.id): Item | null {
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
    return this.addItem({
      kind: opts.kind ?? 'communication',
      comm: opts.comm ?? (opts.kind ? undefined : 'other'),
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
    return this.addItem(
      {
        kind: 'checked_notice',
        comm: opts.channel ? CHANNEL_TO_COMM[opts.channel] : undefined,
        happenedAt: opts.happenedAt,
        text: noticeText,
        check: snapshotOf(result),
        tags: [VERDICT_LABELS[result.verdict]],
      },
      opts.caseId ?? this.current?.id,
    );
  }

  /**
   * Import picked files (copied into app storage and hashed) and add them as one item.
   * If saving the record fails, the copies are removed again: nothing half-saved.
   */
  addFiles(sources: ImportSource[], draft: Partial<ItemDraft> = {}): Item | null {
    const caseId = this.current?.id;
    if (!caseId || sources.length === 0) return null;
    this.commitPendingDelete();
    const imported: Attachment[] = [];
    return this.run(() => {
      try {
        for (const s of sources) imported.push(this.d.files.importFile(s));
        const it = this.d.repo.addItem(caseId, {
          kind: draft.kind ?? guessKind(imported),
          comm: draft.comm ?? guessComm(imported),
          happenedAt: draft.happenedAt,
          text: draft.text ?? '',
          tags: draft.tags,
          attachments: [...(draft.attachments ?? []), ...imported],
        });
        this.afterWrite(caseId);
        return it;
      } catch (e) {
        for (const a of imported) {
          try {
            this.d.files.remove(a.path);
          } catch {
            /* best effort */
          }
        }
        throw e;
      }
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
    return this.run(() => this.d.repo.loadVersions(c.id, rootId)) ?? [];
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
      }) ?? false
    );
  }

  // ------------------------------------------------------------ integrity and export

  /** Recompute the chain, re-reading every attachment. */
  async verify(): Promise<VerifyResult | null> {
    const c = this.current;
    if (!c) return null;
    this.clearError();
    this.integrity = { state: 'checking', result: null, checkedAt: null };
    try {
      const result = await this.d.repo.verify(c.id, attachmentReader(this.d.files));
      runInAction(() => {
        this.integrity = { state: result.ok ? 'ok' : 'bad', result, checkedAt: this.d.now() };
      });
      return result;
    } catch (e) {
      return runInAction(() => {
        this.integrity = { state: 'unknown', result: null, checkedAt: null };
        return this.fail(e);
      });
    }
  }

  private reportInput(mask?: MaskOptions | false) {
    const c = this.current;
    if (!c) throw new EvidenceError('not_found', MSG.notFound);
    return {
      case: c,
      items: this.d.repo.loadLiveItems(c.id),
      verification: this.integrity.result,
      channels: this.d.channelsFor?.(c) ?? [],
      generatedAt: this.d.now(),
      mask,
    };
  }

  /** Plain-text report (copy, or share as .txt). Run verify() first to include its result. */
  exportText(opts: { mask?: MaskOptions | false } = {}): string | null {
    return this.run(() => buildReportText(this.reportInput(opts.mask)));
  }

  exportHtml(opts: { mask?: MaskOptions | false } = {}): string | null {
    return this.run(() => buildReportHtml(this.reportInput(opts.mask)));
  }

  complaintDraft(
    kind: ComplaintKind,
    opts: { mask?: MaskOptions | false } = {},
  ): ComplaintDraft | null {
    return this.run(() => {
      const { case: c, items, generatedAt, mask } = this.reportInput(opts.mask);
      return buildComplaintDraft(kind, { case: c, items, generatedAt, mask });
    });
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
