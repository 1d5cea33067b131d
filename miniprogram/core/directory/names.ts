// Institution names: alias lookup (simplified + traditional, product names, short forms, one-slip typos)
// and an O(n) scanner that finds institution mentions in a notice.
import { editDistance, toHalfWidth } from './chars';
import { MatchList, PhraseMatcher } from '../text/phrases';
import { NAME_INDEX } from '../text/phrase-indexes';
import { entryById, shippedEntries } from './registry';
import type { DirectoryEntry, LookupAnswer } from './types';

export interface InstitutionMention {
  entryId: string;
  /** [start, end) in UTF-16 code units of the scanned text. */
  start: number;
  end: number;
  /** The alias as written in the directory. */
  alias: string;
}

export interface AliasHit {
  entryId: string;
  alias: string;
  weak: boolean;
  asciiStart: boolean;
  asciiEnd: boolean;
}

/** The aliases a notice is scanned for (folded, no digit-only ones), in directory order. */
interface ScanIndex {
  matcher: PhraseMatcher;
  hits: AliasHit[];
}

interface NameIndex {
  /** folded alias → entry id (strong and weak aliases, entry names and their parts) */
  exact: Map<string, string>;
  /** folded aliases of 3+ characters, for typo tolerance */
  long: Array<{ alias: string; id: string }>;
}

/** Words that, right after a weak alias, show it names the institution ("平安" + "银行", "白条" + "逾期"). */
const WEAK_CONTEXT = [
  '银行',
  '銀行',
  '信用卡',
  '卡',
  '客服',
  '贷',
  '貸',
  '借',
  '分期',
  '还款',
  '還款',
  '账单',
  '賬單',
  '额度',
  '額度',
  '逾期',
  '欠款',
  '金融',
  '征信',
  '徵信',
  'app',
  '】',
];

const ASCII_WORD = /[0-9a-z]/;

function fold(s: string): string {
  return toHalfWidth(s).toLowerCase();
}

function isAsciiWord(c: string | undefined): boolean {
  return c !== undefined && ASCII_WORD.test(c);
}

let nix: NameIndex | null = null;

function foldAlias(alias: string): string {
  return fold(alias).replace(/\s+/g, '');
}

function nameIndex(): NameIndex {
  if (nix) return nix;
  const exact = new Map<string, string>();
  const long: Array<{ alias: string; id: string }> = [];
  const add = (alias: string, id: string) => {
    const f = foldAlias(alias);
    if (!f) return;
    if (!exact.has(f)) exact.set(f, id);
    if ([...f].length >= 3) long.push({ alias: f, id });
  };
  for (let i = 0, list = shippedEntries(); i < list.length; i++) {
    const e = list[i];
    for (let j = 0, items = e.aliases; j < items.length; j++) {
      const a = items[j];
      add(a, e.id);
    }
    for (let j = 0, items = e.weakAliases || []; j < items.length; j++) {
      const a = items[j];
      add(a, e.id);
    }
    add(e.name, e.id);
    for (let j = 0, items = e.name.split(/[（）()/]/); j < items.length; j++) {
      const part = items[j];
      add(part.trim(), e.id);
    }
  }
  nix = { exact, long };
  return nix;
}

// Built apart from the lookup maps: checking a notice needs only this.
let six: ScanIndex | null = null;

/** The aliases a notice is scanned for, folded, and what a match of each means. */
export function scanAliases(): { patterns: string[]; hits: AliasHit[] } {
  const raw: string[] = [];
  const ids: string[] = [];
  const weak: boolean[] = [];
  for (let i = 0, list = shippedEntries(); i < list.length; i++) {
    const e = list[i];
    for (let j = 0, items = e.aliases; j < items.length; j++) {
      const a = items[j];
      raw.push(a);
      ids.push(e.id);
      weak.push(false);
    }
    for (let j = 0, items = e.weakAliases || []; j < items.length; j++) {
      const a = items[j];
      raw.push(a);
      ids.push(e.id);
      weak.push(true);
    }
  }
  // All aliases folded at once (each fold maps character by character, and U+0001 is no space
  // and has no case): a copy, a lower-casing and a regex replace per alias cost ~3 M
  // instructions of a phone's first check without a JIT.
  const joined = raw.join('\u0001');
  let folded = (/[\uff01-\uff5e\u3000]/.test(joined) ? toHalfWidth(joined) : joined)
    .toLowerCase()
    .replace(/\s+/g, '')
    .split('\u0001');
  if (folded.length !== raw.length) folded = raw.map(foldAlias);
  const patterns: string[] = [];
  const hits: AliasHit[] = [];
  for (let k = 0; k < raw.length; k++) {
    const f = folded[k];
    if (!f) continue;
    const c = f.charCodeAt(0);
    // Digit-only aliases ("110", "12381") are numbers, found by the number extractor, not names.
    if (c >= 48 && c <= 57 && /^\d+$/.test(f)) continue;
    const z = f.charCodeAt(f.length - 1);
    patterns.push(f);
    hits.push({
      entryId: ids[k],
      alias: raw[k],
      weak: weak[k],
      // isAsciiWord of the first and last unit, as character codes.
      asciiStart: (c >= 48 && c <= 57) || (c >= 97 && c <= 122),
      asciiEnd: (z >= 48 && z <= 57) || (z >= 97 && z <= 122),
    });
  }
  return { patterns, hits };
}

let aliases: { patterns: string[]; hits: AliasHit[] } | null = null;

/** scanAliases, built once (the checker's shared scan and this module's own use the same). */
export function aliasList(): { patterns: string[]; hits: AliasHit[] } {
  return aliases || (aliases = scanAliases());
}

function scanIndex(): ScanIndex {
  if (six) return six;
  const { patterns, hits } = aliasList();
  six = { matcher: new PhraseMatcher(patterns, NAME_INDEX), hits };
  return six;
}

function weakContextOk(text: string, start: number, end: number): boolean {
  if (start > 0 && text[start - 1] === '【') return true;
  for (let i = 0; i < WEAK_CONTEXT.length; i++) {
    const w = WEAK_CONTEXT[i];
    if (text.length - end < w.length) continue;
    let ok = true;
    for (let k = 0; k < w.length; k++) {
      const c = text[end + k];
      if ((c >= 'A' && c <= 'Z' ? c.toLowerCase() : c) !== w[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return true;
  }
  return false;
}

/** Text with upper case and full-width ASCII folded (same length, so offsets hold), or null when
 * it has none (the checker's normalised text never has). */
export function foldedForNames(text: string): string | null {
  return /[A-Z\uff01-\uff5e]/.test(text)
    ? text.replace(/[A-Z\uff01-\uff5e]/g, (c) => fold(c))
    : null;
}

const found = new MatchList();

/**
 * Every institution named in `text`: longest alias first, non-overlapping, left to right. Weak aliases
 * (ordinary words too, e.g. "分付" in "部分付款") count only inside 【】 or before a finance word.
 * One pass over the text with a trie: O(length × longest alias). Expects normalised text but folds
 * full-width and upper-case ASCII itself; spans are offsets in `text`.
 */
export function findInstitutionMentions(text: string): InstitutionMention[] {
  const { matcher, hits } = scanIndex();
  const folded = foldedForNames(text);
  matcher.scanInto(folded != null ? folded : text, found);
  return mentionsOf(text, found, 0, hits);
}

/**
 * The mentions among `list` (matches of `text` folded, in PhraseMatcher order), where alias `k`
 * of `hits` is pattern `first + k`; other patterns are ignored (a scan shared with other lists).
 */
export function mentionsOf(
  text: string,
  list: MatchList,
  first: number,
  hits: readonly AliasHit[],
): InstitutionMention[] {
  const out: InstitutionMention[] = [];
  const n = text.length;
  const d = list.data;
  const last = first + hits.length;
  // Matches come by start, shorter first: at each start the longest alias that fits its
  // context wins, and the scan resumes after it.
  let pos = 0;
  let at = -1;
  let best: InstitutionMention | null = null;
  let lastS = -1;
  let lastE = -1;
  for (let k = 0, m = 3 * list.count; k < m; k += 3) {
    const id = d[k + 2];
    if (id < first || id >= last) continue;
    const i = d[k];
    const end = d[k + 1];
    if (i !== at) {
      if (best) {
        out.push(best);
        pos = best.end;
        best = null;
      }
      at = i;
    }
    if (i < pos) continue;
    // The same alias listed twice: the first listing decides.
    if (i === lastS && end === lastE) continue;
    lastS = i;
    lastE = end;
    const h = hits[id - first];
    if (h.asciiStart && i > 0 && isAsciiWord(fold(text[i - 1]))) continue;
    if (h.asciiEnd && end < n && isAsciiWord(fold(text[end]))) continue;
    if (h.weak && !weakContextOk(text, i, end)) continue;
    best = { entryId: h.entryId, start: i, end, alias: h.alias };
  }
  if (best) out.push(best);
  return out;
}

const NAME_SUFFIX =
  /(?:官方客服电话|客服电话|客服热线|客服中心|官方客服|人工客服|客服|热线|电话|官网|官方|有限公司|股份|app|的)$/;

function foldName(q: string): string {
  let s = fold(q).replace(/[\s"'“”‘’「」『』《》<>]+/g, '');
  for (let k = 0; k < 4; k++) {
    const t = s.replace(NAME_SUFFIX, '');
    if (t === s || !t) break;
    s = t;
  }
  return s;
}

/** The entry a name refers to (alias, traditional form, product name, one-slip typo), or null. */
export function entryByName(query: string): DirectoryEntry | null {
  const ix = nameIndex();
  const raw = fold(query).replace(/\s+/g, '');
  const q = foldName(query);
  if (!q) return null;
  const hit = ix.exact.get(raw) || ix.exact.get(q);
  if (hit) return entryById(hit);
  // A longer phrase naming exactly one institution: "微粒贷的客服电话是多少", "平安信用卡".
  const ids = new Set(findInstitutionMentions(q).map((m) => m.entryId));
  if (ids.size === 1) return entryById([...ids][0]);
  if (ids.size > 1) return null;
  // One slip (wrong, missing or extra character) in a name of 3+ characters, if it points one way only.
  const len = [...q].length;
  if (len < 3) return null;
  let found: string | null = null;
  for (let i = 0, list = ix.long; i < list.length; i++) {
    const a = list[i];
    if (Math.abs(a.alias.length - q.length) > 1) continue;
    if (editDistance(q, a.alias, 1) <= 1) {
      if (found && found !== a.id) return null;
      found = a.id;
    }
  }
  return found ? entryById(found) : null;
}

/** Name lookup in the CLI shape. `official` is null: a name is not a contact channel. */
export function lookupName(query: string): LookupAnswer {
  return { query, kind: 'name', official: null, entry: entryByName(query), lookalike_of: null };
}
