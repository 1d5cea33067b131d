// Per-case hash chain. Two levels:
//   contentDigest = H(canonical content incl. each attachment's SHA-256)
//   digest        = H(canonical {v, caseId, id, seq, capturedAt, contentDigest, prevDigest})
// So an entry's digest covers its content, its attachments' digests, its capture time and
// the previous entry's digest; the case head pins the last digest and the count, so
// removing the tail is caught too. Keeping contentDigest separate lets a later version
// redact content while the chain still verifies.
import { errorType } from '../error-type';
import { canonicalJson } from './canonical';
import { Bytes, sha256Hex } from './hash';
import type {
  Attachment,
  Case,
  CaseInfo,
  CaseInfoRecord,
  ChainHead,
  DeletionRecord,
  Entry,
  Item,
  ItemDraft,
  VerifyReason,
  VerifyResult,
} from './types';

export const CHAIN_VERSION = 1;
/** Digest "before the first entry": 64 zeros, like a genesis block. */
export const GENESIS_DIGEST = '0'.repeat(64);

export const EMPTY_HEAD: ChainHead = { count: 0, digest: GENESIS_DIGEST };

function attachmentFacts(a: Attachment) {
  // Path is left out on purpose: the file may be moved (migration, export) without changing evidence.
  return { name: a.name, mime: a.mime, size: a.size, sha256: a.sha256 };
}

/** Canonical content of an entry: everything the user recorded, nothing about storage. */
export function contentOf(e: Entry): string {
  if (e.type === 'deletion') {
    return canonicalJson({ type: 'deletion', targetId: e.targetId, reason: e.reason });
  }
  if (e.type === 'caseinfo') return canonicalJson({ type: 'caseinfo', info: infoFacts(e.info) });
  return canonicalJson({
    type: 'item',
    kind: e.kind,
    comm: e.comm,
    happenedAt: e.happenedAt,
    text: e.text,
    attachments: e.attachments.map(attachmentFacts),
    tags: e.tags,
    check: e.check,
    rootId: e.rootId,
    revises: e.revises,
  });
}

/** The chained part of a case's metadata, in a fixed shape (absent members dropped). */
export function infoFacts(i: CaseInfo): CaseInfo {
  return {
    title: i.title,
    institution: { name: i.institution.name, entryId: i.institution.entryId },
    borrowed: i.borrowed,
    amount: i.amount,
    status: i.status,
    notes: i.notes,
  };
}

/** Fields appendItem fills in. */
type ChainFields = Pick<Entry, 'seq' | 'prevDigest' | 'contentDigest' | 'digest'>;

export function contentDigestOf(e: Entry): string {
  return sha256Hex(contentOf(e));
}

/** The chain digest of one entry given its content digest and the previous digest. */
export function chainDigest(p: {
  caseId: string;
  id: string;
  seq: number;
  capturedAt: number;
  contentDigest: string;
  prevDigest: string;
}): string {
  return sha256Hex(
    canonicalJson({
      v: CHAIN_VERSION,
      caseId: p.caseId,
      id: p.id,
      seq: p.seq,
      capturedAt: p.capturedAt,
      contentDigest: p.contentDigest,
      prevDigest: p.prevDigest,
    }),
  );
}

function seal<E extends Entry>(
  head: ChainHead,
  unsealed: Omit<E, keyof ChainFields>,
): { entry: E; head: ChainHead } {
  const partial = {
    ...unsealed,
    seq: head.count,
    prevDigest: head.digest,
    contentDigest: '',
    digest: '',
  } as unknown as E;
  partial.contentDigest = contentDigestOf(partial);
  partial.digest = chainDigest(partial);
  return { entry: partial, head: { count: head.count + 1, digest: partial.digest } };
}

export interface NewEntryMeta {
  id: string;
  caseId: string;
  capturedAt: number;
}

/** Append an item (or, with `revises`, a new version of one) to a chain whose head is `head`. */
export function appendItem(
  head: ChainHead,
  draft: ItemDraft,
  meta: NewEntryMeta & { revises?: Item },
): { entry: Item; head: ChainHead } {
  const base = meta.revises;
  return seal<Item>(head, {
    type: 'item',
    id: meta.id,
    caseId: meta.caseId,
    capturedAt: meta.capturedAt,
    kind: draft.kind,
    comm: draft.comm,
    happenedAt: draft.happenedAt,
    text: draft.text,
    attachments: (draft.attachments || []).map((a) => ({ ...a })),
    tags: [...(draft.tags || [])],
    check: draft.check,
    rootId: base ? base.rootId : meta.id,
    revises: base ? base.id : undefined,
  });
}

/** Append a deletion record for the item whose root id is `targetRootId`. */
export function appendDeletion(
  head: ChainHead,
  targetRootId: string,
  meta: NewEntryMeta & { reason?: string },
): { entry: DeletionRecord; head: ChainHead } {
  return seal<DeletionRecord>(head, {
    type: 'deletion',
    id: meta.id,
    caseId: meta.caseId,
    capturedAt: meta.capturedAt,
    targetId: targetRootId,
    reason: meta.reason,
  });
}

/** Record the case's metadata (at creation and at every change) in the chain. */
export function appendCaseInfo(
  head: ChainHead,
  info: CaseInfo,
  meta: NewEntryMeta,
): { entry: CaseInfoRecord; head: ChainHead } {
  return seal<CaseInfoRecord>(head, {
    type: 'caseinfo',
    id: meta.id,
    caseId: meta.caseId,
    capturedAt: meta.capturedAt,
    info: infoFacts(info),
  });
}

/**
 * Current view of a chain: the latest version of each item that has not been deleted,
 * in chain order of that latest version. Deleted and superseded entries stay in the chain.
 */
export function liveItems(entries: ReadonlyArray<Entry>): Item[] {
  const latest = new Map<string, Item>();
  const deleted = new Set<string>();
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (e.type === 'deletion') deleted.add(e.targetId);
    else if (e.type === 'item') latest.set(e.rootId, e);
  }
  return entries.filter(
    (e): e is Item => e.type === 'item' && !deleted.has(e.rootId) && latest.get(e.rootId) === e,
  );
}

/** A file's digest and length as measured by a streaming reader. */
export interface FileDigest {
  sha256: string;
  size: number;
}

/**
 * Returns the file's bytes, or its digest measured in pieces (large recordings), or
 * null/undefined (or throws) when the file is missing. May be async.
 */
export type ReadAttachmentBytes = (
  a: Attachment,
  entry: Item,
) => Bytes | FileDigest | null | undefined | Promise<Bytes | FileDigest | null | undefined>;

export interface VerifyProgress {
  /** Entries checked so far / in all. */
  done: number;
  total: number;
  /** Attachment bytes hashed so far / in all. */
  bytesDone: number;
  bytesTotal: number;
}

export interface VerifyOptions {
  onProgress?: (p: VerifyProgress) => void;
  /** Checked between entries and attachments; true stops with VerifyCancelled. */
  isCancelled?: () => boolean;
  /** Lets the UI breathe (render progress, take a cancel tap) about every `pauseEveryMs`. */
  pause?: () => Promise<void>;
  pauseEveryMs?: number;
  now?: () => number;
}

/** Thrown by verifyChain when the user cancels. */
export type VerifyCancelled = Error;
export const VerifyCancelled = errorType<VerifyCancelled, []>(
  'VerifyCancelled',
  () => 'verify cancelled',
);

function isDigest(x: unknown): x is FileDigest {
  return !!x && typeof (x as FileDigest).sha256 === 'string' && !(x instanceof Uint8Array);
}

const MESSAGES: Record<VerifyReason, (n: number) => string> = {
  changed: (n) => `第 ${n} 条记录的内容或时间与当初保存时不一致，可能被修改过。`,
  missing: (n) => `第 ${n} 条记录不见了（被删除或丢失），证据链在此中断。`,
  reordered: (n) => `第 ${n} 条记录的顺序被调换过。`,
  attachment_changed: (n) => `第 ${n} 条记录的附件文件与当初保存时不一致，可能被修改过。`,
  attachment_missing: (n) => `第 ${n} 条记录的附件文件找不到了。`,
  case_changed: () => '案件信息（机构、金额、是否借过、备注等）和当初记下的不一致，可能被修改过。',
  index_changed: (n) => `第 ${n} 条记录在时间线上的类型或时间被改动过。`,
};

/**
 * People count their records, not the chain's bookkeeping: the position shown skips the
 * case-info entries, and a changed case-info entry is reported as changed case details.
 */
function bad(
  index: number,
  itemId: string | null,
  reason: VerifyReason,
  attachmentName?: string,
  chain?: ReadonlyArray<Entry | null | undefined>,
): VerifyResult {
  let position = index + 1;
  if (chain) {
    position = 0;
    for (let i = 0; i <= index && i < chain.length; i++) {
      const e = chain[i];
      if (!e || e.type !== 'caseinfo') position++;
    }
    if (index >= chain.length) position++;
    const at = chain[index];
    if (reason === 'changed' && at && at.type === 'caseinfo') reason = 'case_changed';
  }
  return {
    ok: false,
    firstBadIndex: index,
    position: Math.max(1, position),
    itemId,
    reason,
    message: MESSAGES[reason](Math.max(1, position)),
    attachmentName,
  };
}

/** A failed VerifyResult for `reason` at chain position `index` (used by the repository too). */
export function verifyFailure(
  index: number,
  itemId: string | null,
  reason: VerifyReason,
  chain: ReadonlyArray<Entry | null | undefined>,
): VerifyResult {
  return bad(index, itemId, reason, undefined, chain);
}

/**
 * Recompute every digest (re-reading attachment bytes) in chain order and report the first
 * entry that changed, is missing or is out of place. `items` is the chain as stored, in
 * stored order; a null slot means "the index lists an entry that could not be read".
 */
export async function verifyChain(
  c: Pick<Case, 'id' | 'head'>,
  items: ReadonlyArray<Entry | null | undefined>,
  readAttachmentBytes: ReadAttachmentBytes,
  opts: VerifyOptions = {},
): Promise<VerifyResult> {
  const fail = (index: number, id: string | null, reason: VerifyReason, name?: string) =>
    bad(index, id, reason, name, items);
  let prev = GENESIS_DIGEST;
  const seqs = new Set<number>();
  let bytesTotal = 0;
  for (let i = 0; i < items.length; i++) {
    const e = items[i];
    if (e && Number.isInteger(e.seq)) seqs.add(e.seq);
    if (e && e.type === 'item' && Array.isArray(e.attachments))
      for (let j = 0, list = e.attachments; j < list.length; j++) {
        const a = list[j];
        bytesTotal += Number(a.size) || 0;
      }
  }
  const now = opts.now || (() => Date.now());
  const every = opts.pauseEveryMs != null ? opts.pauseEveryMs : 50;
  let last = now();
  let bytesDone = 0;
  const tick = async (done: number) => {
    if (opts.isCancelled && opts.isCancelled()) throw new VerifyCancelled();
    if (opts.pause && now() - last >= every) {
      if (opts.onProgress) opts.onProgress({ done, total: items.length, bytesDone, bytesTotal });
      await opts.pause();
      last = now();
      if (opts.isCancelled && opts.isCancelled()) throw new VerifyCancelled();
    }
  };
  for (let i = 0; i < items.length; i++) {
    await tick(i);
    const e = items[i];
    if (!e) return fail(i, null, 'missing');
    if (e.seq !== i) {
      // The entry that belongs here exists elsewhere → order changed; otherwise a gap → removed.
      return fail(i, e.id, seqs.has(i) ? 'reordered' : 'missing');
    }
    if (e.caseId !== c.id) return fail(i, e.id, 'changed');
    let content: string;
    try {
      content = contentDigestOf(e);
    } catch (_e) {
      return fail(i, e.id, 'changed');
    }
    if (content !== e.contentDigest) return fail(i, e.id, 'changed');
    if (e.prevDigest !== prev) return fail(i, e.id, 'changed');
    if (chainDigest(e) !== e.digest) return fail(i, e.id, 'changed');
    if (e.type === 'item') {
      for (let j = 0, list = e.attachments; j < list.length; j++) {
        const a = list[j];
        let got: Bytes | FileDigest | null | undefined;
        try {
          got = await readAttachmentBytes(a, e);
        } catch (err) {
          if (err instanceof VerifyCancelled) throw err;
          got = null;
        }
        if (!got || a.sha256 === null) return fail(i, e.id, 'attachment_missing', a.name);
        const d = isDigest(got) ? got : { sha256: sha256Hex(got), size: got.byteLength };
        bytesDone += Number(a.size) || 0;
        if (d.size !== a.size || d.sha256 !== a.sha256)
          return fail(i, e.id, 'attachment_changed', a.name);
        await tick(i);
      }
    }
    prev = e.digest;
  }
  // The head pins the tail: dropping the last entries leaves a chain that is otherwise valid.
  if (items.length < c.head.count) return fail(items.length, null, 'missing');
  if (items.length > c.head.count || prev !== c.head.digest) {
    const tail = items[items.length - 1];
    return fail(
      Math.max(0, Math.min(items.length, c.head.count) - 1),
      tail && tail.id != null ? tail.id : null,
      'changed',
    );
  }
  if (opts.onProgress)
    opts.onProgress({ done: items.length, total: items.length, bytesDone, bytesTotal });
  const records = items.filter((e) => !e || e.type !== 'caseinfo').length;
  return { ok: true, count: items.length, records, head: prev };
}
