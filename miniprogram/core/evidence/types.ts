// Evidence model: one Case per dispute, an append-only chain of entries per case.
// Edits and deletions are new entries (never rewrites), so the hash chain always verifies
// against everything the user ever recorded. Pure types: no wx, no Node.
import type { Borrowed, CheckResult, Verdict } from '../types';
import type { MaskOptions } from './mask';

export const ITEM_KINDS = [
  'contract',
  'communication',
  'payment',
  'checked_notice',
  'other',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** Sub-kind of a communication record. */
export type CommKind = 'sms' | 'chat' | 'call_recording' | 'visit_note' | 'other';

export type CaseStatus = 'open' | 'resolved';

export interface Institution {
  /** Directory entry id when the user picked one from the directory. */
  entryId?: string;
  /** Display name (from the directory or typed by the user). */
  name: string;
}

/**
 * A dispute as the user sees it. Its metadata (title, institution, borrowed, amount, status,
 * notes) is also recorded in the chain as a CaseInfoRecord at creation and at every change,
 * so an edit of the stored record fails verify.
 */
export interface Case {
  id: string;
  title: string;
  institution: Institution;
  /** The user's own view: did they borrow from this institution? */
  borrowed: Borrowed;
  /** Amount claimed / in dispute, in yuan (string keeps what the user typed, e.g. "3200.50"). */
  amount?: string;
  status: CaseStatus;
  notes: string;
  /** Epoch ms, device clock. */
  createdAt: number;
  updatedAt: number;
  /** Head of the hash chain: number of entries and the last entry's digest. */
  head: ChainHead;
}

export interface ChainHead {
  count: number;
  /** Digest of the last entry; GENESIS_DIGEST when empty. */
  digest: string;
}

export interface Attachment {
  /** Original file name as the user saw it. */
  name: string;
  mime: string;
  /** Bytes. */
  size: number;
  /** Where the copy lives, under wx.env.USER_DATA_PATH (never a temp path). Not hashed: files may move. */
  path: string;
  /** Lower-case hex SHA-256 of the file bytes; null only when a migrated file could not be read. */
  sha256: string | null;
}

/** The engine's result as kept with a checked notice (small, stable subset). */
export interface CheckSnapshot {
  verdict: Verdict;
  risk: number;
  summary: string;
  signals: { id: string; title: string }[];
}

interface EntryBase {
  id: string;
  caseId: string;
  /** 0-based position in the case's chain. */
  seq: number;
  /** Epoch ms when the app recorded it (device clock). */
  capturedAt: number;
  /** Digest of the previous entry (GENESIS_DIGEST for seq 0). */
  prevDigest: string;
  /** SHA-256 over the canonical content (see chain.ts). */
  contentDigest: string;
  /** SHA-256 binding contentDigest, capture time, position and prevDigest. */
  digest: string;
}

/** An evidence item, or a new version of one (edit-as-new-version). */
export interface Item extends EntryBase {
  type: 'item';
  kind: ItemKind;
  comm?: CommKind;
  /** When it happened, as the user says (epoch ms), if known. */
  happenedAt?: number;
  text: string;
  attachments: Attachment[];
  tags: string[];
  check?: CheckSnapshot;
  /** Id of the first version; equals id for an original item. */
  rootId: string;
  /** Id of the entry this version replaces (absent for originals). */
  revises?: string;
}

/** An edit is just an Item whose `revises` is set. */
export type ItemVersion = Item & { revises: string };

/** Deletion of an item (all its versions), recorded in the chain instead of erasing history. */
export interface DeletionRecord extends EntryBase {
  type: 'deletion';
  /** rootId of the deleted item. */
  targetId: string;
  reason?: string;
}

/** The case's metadata as of this point: written at creation and at every change. */
export type CaseInfo = Pick<
  Case,
  'title' | 'institution' | 'borrowed' | 'amount' | 'status' | 'notes'
>;

export interface CaseInfoRecord extends EntryBase {
  type: 'caseinfo';
  info: CaseInfo;
}

export type Entry = Item | DeletionRecord | CaseInfoRecord;

/** What the caller provides to add an item; chain fields are filled by appendItem. */
export interface ItemDraft {
  kind: ItemKind;
  comm?: CommKind;
  happenedAt?: number;
  text: string;
  attachments?: Attachment[];
  tags?: string[];
  check?: CheckSnapshot;
}

export type VerifyReason =
  | 'changed'
  | 'missing'
  | 'reordered'
  | 'attachment_changed'
  | 'attachment_missing'
  /** The case's shown details differ from the latest case-info record in the chain. */
  | 'case_changed'
  /** The timeline's list (kind, position, time) differs from the entries it points to. */
  | 'index_changed';

/** A copy of the chain head the user sent to their own chat, so WeChat's message time witnesses it. */
export interface Anchor {
  /** Entries covered: the first `count` entries of the chain. */
  count: number;
  /** Digest of entry count-1 at that time. */
  digest: string;
  /** Epoch ms when it was offered for sending. */
  at: number;
  via: 'share_card' | 'file';
}

/** How the chain compares with the latest anchor (absent when the case was never anchored). */
export interface AnchorCheck {
  anchor: Anchor;
  /** The first anchor.count entries are exactly what was sent. */
  intact: boolean;
  /** Entries recorded after the anchor. */
  after: number;
}

export type VerifyResult =
  | {
      ok: true;
      /** Chain entries, case-info records included. */
      count: number;
      /** The user's records: items, versions and deletions (what people count). */
      records: number;
      head: string;
      anchor?: AnchorCheck;
    }
  | {
      ok: false;
      anchor?: AnchorCheck;
      /** Chain position of the first bad entry. */
      firstBadIndex: number;
      /** The same as people count it (1-based, case-info records skipped). */
      position: number;
      itemId: string | null;
      reason: VerifyReason;
      /** Plain Chinese explanation for the UI and report. */
      message: string;
      /** For attachment reasons: which attachment. */
      attachmentName?: string;
    };

export function snapshotOf(result: CheckResult): CheckSnapshot {
  return {
    verdict: result.verdict,
    risk: result.risk,
    summary: result.summary,
    signals: result.signals.map((s) => ({ id: s.id, title: s.title })),
  };
}

export const KIND_LABELS: Record<ItemKind, string> = {
  contract: '合同',
  communication: '沟通记录',
  payment: '还款凭证',
  checked_notice: '核验过的通知',
  other: '其他',
};

export const COMM_LABELS: Record<CommKind, string> = {
  sms: '短信',
  chat: '聊天记录',
  call_recording: '通话录音',
  visit_note: '上门记录',
  other: '其他沟通',
};

export const VERDICT_LABELS: Record<Verdict, string> = {
  scam: '疑似诈骗',
  abusive: '违规催收',
  reminder: '正常提醒',
  unrelated: '与借款无关',
};

export const BORROWED_LABELS: Record<Borrowed, string> = {
  yes: '借过',
  no: '没借过',
  unsure: '不确定',
};

// The inputs and outputs of the report and complaint builders: the records store (main
// package) assembles the inputs, packageRecords/report.ts and complaint.ts (its subpackage,
// where the export page runs) build from them.

export interface Channel {
  label: string;
  number: string;
}

export interface ReportInput {
  case: Case;
  /** Live items (latest versions, not deleted), any order: the report sorts them by time. */
  items: ReadonlyArray<Item>;
  /** Result of verifyChain; null when not run. */
  verification: VerifyResult | null;
  /** Official channels of the institution (from the directory), if known. */
  channels?: ReadonlyArray<Channel>;
  generatedAt: number;
  /** Masking of ID/bank/mobile numbers; `false` when the user chose to show them. */
  mask?: MaskOptions | false;
}

export type ComplaintKind = '12378' | '12363';

export interface ComplaintInput {
  case: Case;
  items: ReadonlyArray<Item>;
  generatedAt: number;
  mask?: MaskOptions | false;
}

export interface ComplaintDraft {
  kind: ComplaintKind;
  hotline: string;
  /** Who receives it, e.g. "国家金融监督管理总局". */
  authority: string;
  title: string;
  body: string;
}
