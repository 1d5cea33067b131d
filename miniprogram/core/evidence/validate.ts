// Shape checks for everything read back from storage. Valid JSON of the wrong shape (a key
// overwritten by another version, a tool or a bug) must be recognised as damage of that one
// key, never crash start-up or be taken as "empty".
import { ITEM_KINDS } from './types';
import type { Anchor, Case, CaseInfo, Entry } from './types';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isInt = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const optStr = (v: unknown) => v === undefined || isStr(v);
const optNum = (v: unknown) => v === undefined || isNum(v);
const BORROWED = ['yes', 'no', 'unsure'];
const STATUS = ['open', 'resolved'];

function isInstitution(v: unknown): boolean {
  return isObj(v) && isStr(v.name) && optStr(v.entryId);
}

export function isCaseInfo(v: unknown): v is CaseInfo {
  return (
    isObj(v) &&
    isStr(v.title) &&
    isInstitution(v.institution) &&
    BORROWED.includes(v.borrowed as string) &&
    optStr(v.amount) &&
    STATUS.includes(v.status as string) &&
    isStr(v.notes)
  );
}

export function isCase(v: unknown): v is Case {
  if (!isCaseInfo(v)) return false;
  const o = v as unknown as Obj;
  const head = o.head as Obj | undefined;
  return (
    isStr(o.id) &&
    isNum(o.createdAt) &&
    isNum(o.updatedAt) &&
    isObj(head) &&
    isInt(head.count) &&
    isStr(head.digest)
  );
}

/** A deleted case whose clean-up may not have finished (see EvidenceRepository.deleteCase). */
export function isTombstone(v: unknown): v is { id: string; deleted: true } {
  return isObj(v) && isStr(v.id) && v.deleted === true;
}

function isAttachment(v: unknown): boolean {
  return (
    isObj(v) &&
    isStr(v.name) &&
    isStr(v.mime) &&
    isNum(v.size) &&
    isStr(v.path) &&
    (v.sha256 === null || isStr(v.sha256))
  );
}

export function isEntry(v: unknown): v is Entry {
  if (!isObj(v)) return false;
  const base =
    isStr(v.id) &&
    isStr(v.caseId) &&
    isInt(v.seq) &&
    isNum(v.capturedAt) &&
    isStr(v.prevDigest) &&
    isStr(v.contentDigest) &&
    isStr(v.digest);
  if (!base) return false;
  switch (v.type) {
    case 'item':
      return (
        (ITEM_KINDS as readonly string[]).includes(v.kind as string) &&
        optStr(v.comm) &&
        optNum(v.happenedAt) &&
        isStr(v.text) &&
        Array.isArray(v.attachments) &&
        v.attachments.every(isAttachment) &&
        Array.isArray(v.tags) &&
        v.tags.every(isStr) &&
        isStr(v.rootId) &&
        optStr(v.revises) &&
        (v.textChunks === undefined || isInt(v.textChunks))
      );
    case 'deletion':
      return isStr(v.targetId) && optStr(v.reason);
    case 'caseinfo':
      return isCaseInfo(v.info);
    default:
      return false;
  }
}

/** [entryId, 'i' item | 'd' deletion | 'm' case info, rootId / targetId / '', sortTime] */
export type IdxRow = [string, 'i' | 'd' | 'm', string, number];

export function isIdxRow(v: unknown): v is IdxRow {
  return (
    Array.isArray(v) &&
    v.length === 4 &&
    isStr(v[0]) &&
    (v[1] === 'i' || v[1] === 'd' || v[1] === 'm') &&
    isStr(v[2]) &&
    isNum(v[3])
  );
}

export function isIdxPage(v: unknown): v is { rows: IdxRow[] } {
  return isObj(v) && Array.isArray(v.rows) && v.rows.every(isIdxRow);
}

export function isStringList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every(isStr);
}

export function isAnchorList(v: unknown): v is Anchor[] {
  return (
    Array.isArray(v) &&
    v.every(
      (a) =>
        isObj(a) &&
        isInt(a.count) &&
        isStr(a.digest) &&
        isNum(a.at) &&
        (a.via === 'share_card' || a.via === 'file'),
    )
  );
}
