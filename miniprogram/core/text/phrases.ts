// Multi-phrase matcher: every occurrence of thousands of cue phrases in one linear pass, so the
// checker's cost does not grow with the number of rules or blow up on hostile input the way
// chained regular expressions can.
//
// The index is the phrase list itself, sorted: phrases sharing a prefix sit together, so at each
// position of the text a range of candidates is narrowed character by character (a table gives
// the range for the first character, binary search the rest). Building it is one native sort and
// two passes over the phrases (~1 ms on a phone without a JIT), where an Aho-Corasick automaton
// walked every character of every phrase and cost ~15 ms before the first check could start.

export interface PhraseMatch {
  start: number;
  end: number;
  /** Index of the phrase in the list given to the constructor. */
  pattern: number;
}

/** Matches as (start, end, pattern) triples in one typed buffer reused from notice to notice,
 * in the order `scan` reports them: no object per match. */
export class MatchList {
  data: Int32Array;
  count: number;

  constructor() {
    this.data = new Int32Array(3 * 128);
    this.count = 0;
  }

  push(start: number, end: number, pattern: number): void {
    let d = this.data;
    const k = 3 * this.count;
    if (k + 3 > d.length) {
      const g = new Int32Array(d.length * 2);
      g.set(d);
      this.data = d = g;
    }
    d[k] = start;
    d[k + 1] = end;
    d[k + 2] = pattern;
    this.count++;
  }
}

/** A PhraseMatcher's sorted order as data. */
export interface PhraseIndexData {
  /** How long the phrase list was, and which of its phrases were empty (they are skipped). */
  length: number;
  empty: number[];
  /** Sorted position → index of the phrase in the list, two characters an index (encodeIds):
   * a third of the bytes of a JSON array of numbers in the package. */
  ids: string;
}

/** The characters of an encoded index: '(' to '~' (no quote; '\\' is escaped in the file). */
const CODE_FIRST = 0x28;
const CODE_BASE = 0x7f - CODE_FIRST;

/** Indexes as two characters each, base 87: the first (c0 - 40) * 87, the second c1 - 40. */
function encodeIds(ids: ArrayLike<number>): string {
  let s = '';
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k];
    if (id >= CODE_BASE * CODE_BASE)
      throw new Error(`phrase index ${id} does not fit two characters`);
    s += String.fromCharCode(
      CODE_FIRST + Math.floor(id / CODE_BASE),
      CODE_FIRST + (id % CODE_BASE),
    );
  }
  return s;
}

/** The non-empty phrases' indexes, sorted by phrase (UTF-16 order, a prefix first), then index. */
function sortedOrder(patterns: readonly string[]): Int32Array {
  // A key per phrase that sorts like that (NUL below every character keeps a prefix before its
  // extensions): the native sort needs no comparator callback.
  const keys: string[] = [];
  for (let id = 0; id < patterns.length; id++)
    if (patterns[id])
      keys.push(patterns[id] + '\u0000' + String.fromCharCode(id >>> 16, id & 0xffff));
  keys.sort();
  const ids = new Int32Array(keys.length);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    ids[k] = (key.charCodeAt(key.length - 2) << 16) | key.charCodeAt(key.length - 1);
  }
  return ids;
}

/**
 * The precomputed order's code, if it may be that of `patterns`: as many entries as non-empty
 * phrases. `layout` decodes and checks the rest as it walks the order (each phrase once).
 */
function precomputedCode(patterns: readonly string[], index: PhraseIndexData): string | null {
  if (index.length !== patterns.length) return null;
  for (let i = 0, list = index.empty; i < list.length; i++) {
    const e = list[i];
    if (patterns[e] !== '') return null;
  }
  return index.ids.length === 2 * (patterns.length - index.empty.length) ? index.ids : null;
}

/** The precomputed sorted order of `patterns` (build time: scripts/gen-phrase-index.ts). */
export function buildPhraseIndex(patterns: readonly string[]): PhraseIndexData {
  const empty: number[] = [];
  patterns.forEach((p, id) => {
    if (!p) empty.push(id);
  });
  const ids = sortedOrder(patterns);
  return { length: patterns.length, empty, ids: encodeIds(ids) };
}

interface Layout {
  strs: string[];
  lo: Int32Array;
  hi: Int32Array;
  ones: Int32Array;
  pairSeen: Uint8Array;
  mask: number;
  pairKey: Int32Array;
  pairLo: Int32Array;
  pairHi: Int32Array;
}

/**
 * The lookup tables of the phrases in the order `ids`. With `code` (a precomputed order, encodeIds)
 * the order is decoded into `ids` in the same walk and checked: null when it is not that of
 * `patterns` (each non-empty phrase once, sorted by phrase, then index). Tables are
 * written once per run of a first character or a first pair, not once per phrase: without a JIT
 * every typed-array store is paid in full (~4,000 instructions a phrase before, 3,688 phrases).
 */
function layout(patterns: readonly string[], ids: Int32Array, code: string | null): Layout | null {
  const n = ids.length;
  let size = 16;
  while (size < n * 2) size *= 2;
  const mask = size - 1;
  // Locals, not fields, in the loop: without a JIT every field access is paid in full.
  const strs = new Array<string>(n);
  const lo = new Int32Array(0x10000);
  const hi = new Int32Array(0x10000);
  const ones = new Int32Array(0x10000);
  const pairSeen = new Uint8Array(0x10000);
  const pairKey = new Int32Array(size);
  const pairLo = new Int32Array(size);
  const pairHi = new Int32Array(size);
  let prev = '';
  let prevId = -1;
  // The open run of a first character, and of a first pair (slot -1: none open).
  let runC = -1;
  let runPair = 0;
  let slot = -1;
  // A local: `Math.imul` is a global lookup and a property read per call without a JIT.
  const imul = Math.imul;
  const base = CODE_BASE;
  const bias = CODE_FIRST * CODE_BASE + CODE_FIRST;
  for (let k = 0, j = 0; k < n; k++, j += 2) {
    let id: number;
    let p: string;
    if (code !== null) {
      // Decoded here, not in a loop of its own: without a JIT a loop costs as much as its body.
      id = code.charCodeAt(j) * base + code.charCodeAt(j + 1) - bias;
      ids[k] = id;
      p = patterns[id];
      // Strictly increasing (phrase, index) pairs: sorted, and no index twice. One comparison
      // when the phrase is greater (nearly always): each is a call without a JIT.
      if (!p || (!(prev < p) && (p !== prev || id <= prevId))) return null;
      prev = p;
      prevId = id;
    } else {
      id = ids[k];
      p = patterns[id];
    }
    strs[k] = p;
    const c = p.charCodeAt(0);
    if (c !== runC) {
      if (runC >= 0) hi[runC] = k;
      lo[c] = k;
      runC = c;
    }
    if (p.length < 2) {
      // One-character phrases sort first in their character's range.
      ones[c]++;
      if (slot >= 0) pairHi[slot] = k;
      slot = -1;
      continue;
    }
    // Phrases sharing their first two characters are contiguous.
    const c1 = p.charCodeAt(1);
    const pair = (c << 16) | c1;
    if (slot < 0 || pair !== runPair) {
      if (slot >= 0) pairHi[slot] = k;
      slot = imul(pair, 0x9e3779b1);
      slot = (slot ^ (slot >>> 15)) & mask;
      while (pairHi[slot] !== 0) slot = (slot + 1) & mask;
      pairKey[slot] = pair;
      pairLo[slot] = k;
      // Taken until the run is closed (hi 0 means a free slot).
      pairHi[slot] = k + 1;
      pairSeen[(c * 31 + c1) & 0xffff] = 1;
      runPair = pair;
    }
  }
  if (runC >= 0) hi[runC] = n;
  if (slot >= 0) pairHi[slot] = n;
  return { strs, lo, hi, ones, pairSeen, mask, pairKey, pairLo, pairHi };
}

export class PhraseMatcher {
  /** Phrases in sorted order (equal phrases by index), and each one's index in the input. */
  private readonly strs: string[];
  private readonly ids: Int32Array;
  /** Per first character: [lo, hi) of its phrases in `strs`; hi 0 = no phrase starts with it. */
  private readonly lo: Int32Array;
  private readonly hi: Int32Array;
  /** Per first two characters (open addressing): [lo, hi) of the phrases that start so. */
  private readonly mask: number;
  private readonly pairKey: Int32Array;
  private readonly pairLo: Int32Array;
  private readonly pairHi: Int32Array;
  /** Per first character: how many one-character phrases (they sort first in its range). */
  private readonly ones: Int32Array;
  /** A filter over pairs (1 = some phrase may start with it): most positions stop here. */
  private readonly pairSeen: Uint8Array;

  /**
   * `index`: the sorted order precomputed at build time (buildPhraseIndex, written by
   * scripts/gen-phrase-index.ts into phrase-indexes.ts). It is checked to be the sorted order
   * of exactly these phrases (a permutation, in order), so a stale one is never used: the sort
   * is then done here, the one costly step (~4 ms on a phone without a JIT).
   */
  constructor(patterns: readonly string[], index?: PhraseIndexData) {
    this.own = new MatchList();
    this.busy = false;

    const code = index ? precomputedCode(patterns, index) : null;
    let ids = code !== null ? new Int32Array(code.length >> 1) : sortedOrder(patterns);
    let t = code !== null ? layout(patterns, ids, code) : null;
    if (!t) {
      // A stale precomputed order: sort here instead (the tables are built afresh).
      if (code !== null) ids = sortedOrder(patterns);
      t = layout(patterns, ids, null) as Layout;
    }
    this.strs = t.strs;
    this.ids = ids;
    this.lo = t.lo;
    this.hi = t.hi;
    this.ones = t.ones;
    this.pairSeen = t.pairSeen;
    this.mask = t.mask;
    this.pairKey = t.pairKey;
    this.pairLo = t.pairLo;
    this.pairHi = t.pairHi;
  }

  /**
   * Calls `onMatch` for every match, in order of start, the shorter first at one start (equal
   * phrases in input order), without allocating per match.
   */
  scan(text: string, onMatch: (start: number, end: number, pattern: number) => void): void {
    // Its own buffer, unless a callback scans again with this matcher.
    const list = this.busy ? new MatchList() : this.own;
    this.busy = true;
    try {
      this.scanInto(text, list);
      const d = list.data;
      for (let k = 0, n = 3 * list.count; k < n; k += 3) onMatch(d[k], d[k + 1], d[k + 2]);
    } finally {
      if (list === this.own) this.busy = false;
    }
  }

  private readonly own: MatchList;
  private busy: boolean;

  /** Every match into `list` (cleared first), in the order `scan` reports them. */
  scanInto(text: string, list: MatchList): void {
    list.count = 0;
    const { strs, ids, lo: LO, hi: HI, ones, pairSeen, pairKey, pairLo, pairHi, mask } = this;
    const n = text.length;
    // Each unit is read once (the next one is carried over): without a JIT every call counts.
    let c1 = n > 0 ? text.charCodeAt(0) : 0;
    for (let i = 0; i < n; i++) {
      const c0 = c1;
      c1 = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      let hi = HI[c0];
      if (hi === 0) continue;
      let lo = LO[c0];
      // One-character phrases sort first.
      for (let k = ones[c0]; k > 0; k--) {
        list.push(i, i + 1, ids[lo]);
        lo++;
      }
      if (lo >= hi || i + 1 >= n) continue;
      // c0 * 31 + c1 < 2^22: the product Math.imul gives, without the call.
      if (pairSeen[(c0 * 31 + c1) & 0xffff] === 0) continue;
      const pair = (c0 << 16) | c1;
      // The slot of the pair (the hash the constructor used), inlined.
      let h = Math.imul(pair, 0x9e3779b1);
      h = (h ^ (h >>> 15)) & mask;
      for (;;) {
        if (pairHi[h] === 0 || pairKey[h] === pair) break;
        h = (h + 1) & mask;
      }
      hi = pairHi[h];
      if (hi === 0) continue;
      lo = pairLo[h];
      // Every phrase in [lo, hi) starts with text[i, i + d).
      for (let d = 2; ; d++) {
        // Those equal to it sort first.
        while (lo < hi && strs[lo].length === d) {
          list.push(i, i + d, ids[lo]);
          lo++;
        }
        if (lo >= hi || i + d >= n) break;
        if (hi - lo === 1) {
          const s = strs[lo];
          if (text.startsWith(s, i)) list.push(i, i + s.length, ids[lo]);
          break;
        }
        const c = text.charCodeAt(i + d);
        let a = lo;
        let b = hi;
        while (a < b) {
          const m = (a + b) >>> 1;
          if (strs[m].charCodeAt(d) < c) a = m + 1;
          else b = m;
        }
        lo = a;
        b = hi;
        while (a < b) {
          const m = (a + b) >>> 1;
          if (strs[m].charCodeAt(d) <= c) a = m + 1;
          else b = m;
        }
        hi = a;
      }
    }
  }

  /** Every match, in order of start. */
  findAll(text: string): PhraseMatch[] {
    const res: PhraseMatch[] = [];
    this.scan(text, (start, end, pattern) => res.push({ start, end, pattern }));
    return res;
  }

  /** Leftmost-longest, non-overlapping matches (for replacements). */
  findLeftmostLongest(text: string): PhraseMatch[] {
    const all = this.findAll(text).sort((a, b) => a.start - b.start || b.end - a.end);
    const res: PhraseMatch[] = [];
    let pos = 0;
    for (let i = 0; i < all.length; i++) {
      const m = all[i];
      if (m.start >= pos) {
        res.push(m);
        pos = m.end;
      }
    }
    return res;
  }
}
