// Per-case hash chain. Two levels:
//   contentDigest = H(canonical content incl. each attachment's SHA-256)
//   digest        = H(canonical {v, caseId, id, seq, capturedAt, contentDigest, prevDigest})
// So an entry's digest covers its content, its attachments' digests, its capture time and
// the previous entry's digest; the case head pins the last digest and the count, so
// removing the tail is caught too. Keeping contentDigest separate lets a later version
// redact content while the chain still verifies.
import { canonicalJson } from './canonical';
import { Bytes, sha256Hex } from './hash';
import type {
  Attachment,
  Case,
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
    attachments: (draft.attachments ?? []).map((a) => ({ ...a })),
    tags: [...(draft.tags ?? [])],
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

/**
 * Current view of a chain: the latest version of each item that has not been deleted,
 * in chain order of that latest version. Deleted and superseded entries stay in the chain.
 */
export function liveItems(entries: ReadonlyArray<Entry>): Item[] {
  const latest = new Map<string, Item>();
  const deleted = new Set<string>();
  for (const e of entries) {
    if (e.type === 'deletion') deleted.add(e.targetId);
    else latest.set(e.rootId, e);
  }
  return entries.filter(
    (e): e is Item => e.type === 'item' && !deleted.has(e.rootId) && latest.get(e.rootId) === e,
  );
}

/** Returns bytes, or null/undefined (or throws) when the file is missing. May be async. */
export type ReadAttachmentBytes = (
  a: Attachment,
  entry: Item,
) => Bytes | null | undefined | Promise<Bytes | null | undefined>;

const MESSAGES: Record<VerifyReason, (n: number) => string> = {
  changed: (n) => `第 ${n} 条记录的内容或时间与当初保存时不一致，可能被修改过。`,
  missing: (n) => `第 ${n} 条记录不见了（被删除或丢失），证据链在此中断。`,
  reordered: (n) => `第 ${n} 条记录的顺序被调换过。`,
  attachment_changed: (n) => `第 ${n} 条记录的附件文件与当初保存时不一致，可能被修改过。`,
  attachment_missing: (n) => `第 ${n} 条记录的附件文件找不到了。`,
};

function bad(
  index: number,
  itemId: string | null,
  reason: VerifyReason,
  attachmentName?: string,
): VerifyResult {
  return {
    ok: false,
    firstBadIndex: index,
    itemId,
    reason,
    message: MESSAGES[reason](index + 1),
    attachmentName,
  };
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
): Promise<VerifyResult> {
  let prev = GENESIS_DIGEST;
  const seqs = new Set<number>();
  for (const e of items) if (e && Number.isInteger(e.seq)) seqs.add(e.seq);
  for (let i = 0; i < items.length; i++) {
    const e = items[i];
    if (!e) return bad(i, null, 'missing');
    if (e.seq !== i) {
      // The entry that belongs here exists elsewhere → order changed; otherwise a gap → removed.
      return bad(i, e.id, seqs.has(i) ? 'reordered' : 'missing');
    }
    if (e.caseId !== c.id) return bad(i, e.id, 'changed');
    let content: string;
    try {
      content = contentDigestOf(e);
    } catch {
      return bad(i, e.id, 'changed');
    }
    if (content !== e.contentDigest) return bad(i, e.id, 'changed');
    if (e.prevDigest !== prev) return bad(i, e.id, 'changed');
    if (chainDigest(e) !== e.digest) return bad(i, e.id, 'changed');
    if (e.type === 'item') {
      for (const a of e.attachments) {
        let bytes: Bytes | null | undefined;
        try {
          bytes = await readAttachmentBytes(a, e);
        } catch {
          bytes = null;
        }
        if (!bytes || a.sha256 === null) return bad(i, e.id, 'attachment_missing', a.name);
        const size = bytes instanceof Uint8Array ? bytes.byteLength : bytes.byteLength;
        if (size !== a.size || sha256Hex(bytes) !== a.sha256)
          return bad(i, e.id, 'attachment_changed', a.name);
      }
    }
    prev = e.digest;
  }
  // The head pins the tail: dropping the last entries leaves a chain that is otherwise valid.
  if (items.length < c.head.count) return bad(items.length, null, 'missing');
  if (items.length > c.head.count || prev !== c.head.digest)
    return bad(
      Math.max(0, Math.min(items.length, c.head.count) - 1),
      items[items.length - 1]?.id ?? null,
      'changed',
    );
  return { ok: true, count: items.length, head: prev };
}
