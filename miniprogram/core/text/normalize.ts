// Normalisation for matching, keeping a map back to the original text so every span the
// checker reports highlights what the user actually pasted (UTF-16 offsets of the original).
//
// Two layers:
//  - `base`: character-level clean-up (format characters removed, full-width folded,
//    lower-case, traditional → simplified, spaced digits joined, Chinese-numeral digit runs
//    turned into digits). Numbers and links are extracted from it.
//  - `text`: `base` plus word-level evasions mapped (薇信 → 微信, zhi付宝 → 支付宝) and
//    padding between Chinese characters removed ("验 证 码"). Cue phrases are matched on it.

import { T2S_PACKED } from './t2s-table';
import { MatchList, PhraseMatcher } from './phrases';
import { EVASION_INDEX } from './phrase-indexes';
import { evasionTable } from './evasions';

export interface Layer {
  text: string;
  /** For each code unit of `text`: [start, end) in the original. */
  start: Int32Array;
  end: Int32Array;
}

export interface Normalized {
  original: string;
  base: Layer;
  text: Layer;
}

// Per UTF-16 unit outside the surrogates, what the character pass writes: 0 = the unit itself,
// 0xffff = nothing (an invisible character), else the folded unit (line ends, spaces, full-width,
// circled digits, upper case, traditional → simplified). One lookup per character, and the table
// is filled with native range fills, so building it costs next to nothing without a JIT either.
const DROP = 0xffff;
let foldTable: Uint16Array | null = null;
function fold(): Uint16Array {
  if (foldTable) return foldTable;
  const t = new Uint16Array(0x10000);
  // A local copy and length: the compiled module reads an import as a property of the imported
  // module on every use, which without a JIT cost a third of this loop (2,971 pairs).
  // Traditional → simplified, packed by scripts/gen-t2s.js: per pair the traditional character
  // as an ASCII step from the previous one or itself, then the simplified one as U+0200 + its
  // distance from it or itself. Only Chinese characters (U+3400–U+9FFF) are converted, the
  // generator checked that.
  const pairs = T2S_PACKED;
  const n = pairs.length - 1;
  let c = 0x3400;
  for (let i = 0; i < n; i += 2) {
    const k = pairs.charCodeAt(i);
    c = k < 0x80 ? c + k - (k < 0x5c ? 0x28 : 0x29) : k;
    const m = pairs.charCodeAt(i + 1);
    t[c] = m < 0x300 ? c + m - 0x200 : m;
  }
  // Variant forms OpenCC keeps (both are valid in simplified text) but every cue is written
  // without: 妳 ("you", to a woman, the usual form in Taiwan: "妳家人知道嗎") and 姊 (姊姊, 姊夫).
  t[0x59b3] = 0x4f60; // 妳 → 你
  t[0x59ca] = 0x59d0; // 姊 → 姐
  t[0x0d] = 0x0a;
  for (let i = 0, list = [0x09, 0xa0, 0x3000, 0x202f, 0x205f]; i < list.length; i++) {
    const c = list[i];
    t[c] = 0x20;
  }
  t.fill(0x20, 0x2000, 0x200b);
  for (let c = 0xff01; c <= 0xff5e; c++) {
    const h = c - 0xfee0;
    t[c] = h >= 65 && h <= 90 ? h + 32 : h;
  }
  for (let c = 0x2460; c <= 0x2468; c++) t[c] = 49 + (c - 0x2460);
  t[0x24ea] = 48;
  t[0x24ff] = 48;
  for (let c = 0x2776; c <= 0x277e; c++) t[c] = 49 + (c - 0x2776);
  t[0xff61] = 0x3002; // keep 。 distinct: sentences end there
  for (let c = 65; c <= 90; c++) t[c] = c + 32;
  // Invisible and formatting characters (the BMP ones of isInvisible).
  t.fill(DROP, 0x200b, 0x2010);
  t.fill(DROP, 0x202a, 0x202f);
  t.fill(DROP, 0x2060, 0x206a);
  t.fill(DROP, 0xfe00, 0xfe10);
  for (let i = 0, list = [0xfeff, 0x00ad, 0x180e, 0x034f, 0x20e3]; i < list.length; i++) {
    const c = list[i];
    t[c] = DROP;
  }
  foldTable = t;
  return t;
}

/** Invisible and formatting characters people (and scammers) insert between letters. */
function isInvisible(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2069) ||
    cp === 0xfeff ||
    cp === 0x00ad ||
    cp === 0x180e ||
    cp === 0x034f ||
    cp === 0x20e3 ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xe0000 && cp <= 0xe007f) ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff)
  );
}

export function isHan(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)
  );
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Chinese characters used as digits in phone numbers ("幺柒壹 叁捌伍贰"). Not 十/百/千: those count. */
const CN_DIGITS: Record<string, string> = {
  〇: '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
  幺: '1',
  两: '2',
  壹: '1',
  贰: '2',
  叁: '3',
  参: '3',
  肆: '4',
  伍: '5',
  陆: '6',
  柒: '7',
  捌: '8',
  玖: '9',
};

// Chinese digit characters as a table: the digit's char code, 0 for anything else.
const CN_DIGIT_CODE = new Uint16Array(0x10000);
for (let i = 0, list = Object.keys(CN_DIGITS); i < list.length; i++) {
  const k = list[i];
  CN_DIGIT_CODE[k.charCodeAt(0)] = CN_DIGITS[k].charCodeAt(0);
}

/** Growable typed buffers: the three parallel arrays are written once per character, so
 * plain arrays of boxed numbers would dominate the garbage collector's work. */
class Builder {
  chars: Uint16Array;
  s: Int32Array;
  e: Int32Array;
  length: number;
  constructor(capacity: number) {
    this.length = 0;

    const cap = Math.max(256, capacity);
    this.chars = new Uint16Array(cap);
    this.s = new Int32Array(cap);
    this.e = new Int32Array(cap);
  }
  /** Reuse the buffers for the next pass (allocating typed arrays per notice dominated the cost). */
  reset(capacity: number): this {
    this.length = 0;
    while (this.chars.length < capacity) this.grow();
    return this;
  }
  push(c: number, s: number, e: number): void {
    if (this.length === this.chars.length) this.grow();
    this.chars[this.length] = c;
    this.s[this.length] = s;
    this.e[this.length] = e;
    this.length++;
  }
  private grow(): void {
    const cap = this.chars.length * 2;
    const c = new Uint16Array(cap);
    c.set(this.chars);
    const s = new Int32Array(cap);
    s.set(this.s);
    const e = new Int32Array(cap);
    e.set(this.e);
    this.chars = c;
    this.s = s;
    this.e = e;
  }
  layer(): Layer {
    // Native copies: the builder's buffers are reused by the next pass. Without a JIT (a phone)
    // a copy loop per character cost ~25 µs a notice; slice and apply are native.
    const n = this.length;
    let text = '';
    // Chunks avoid the call-stack limit on 1 MB inputs.
    for (let i = 0; i < n; i += 8192)
      text += String.fromCharCode.apply(
        null,
        this.chars.subarray(i, Math.min(n, i + 8192)) as unknown as number[],
      );
    return { text, start: this.s.slice(0, n), end: this.e.slice(0, n) };
  }
}

// Two scratch builders shared by the passes (normalisation is synchronous, never re-entered).
let scratchA: Builder | null = null;
let scratchB: Builder | null = null;
function scratch(which: 'a' | 'b', capacity: number): Builder {
  // Do not keep a huge buffer alive after one enormous paste.
  if (which === 'a') {
    if (!scratchA || scratchA.chars.length > 1 << 18) scratchA = new Builder(capacity);
    return scratchA.reset(capacity);
  }
  if (!scratchB || scratchB.chars.length > 1 << 18) scratchB = new Builder(capacity);
  return scratchB.reset(capacity);
}

/** Character-level pass. */
function charPass(src: string): Builder {
  const map = fold();
  const b = scratch('a', src.length);
  // Each unit of `src` writes at most one unit, so the buffers (capacity src.length) never grow.
  const { chars, s: S, e: E } = b;
  let k = 0;
  const n = src.length;
  for (let i = 0; i < n; i++) {
    const c = src.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) {
      const m = map[c];
      if (m === 0) chars[k] = c;
      else if (m === DROP) continue;
      else chars[k] = m;
      S[k] = i;
      E[k] = i + 1;
      k++;
      continue;
    }
    // Surrogates: a valid pair is kept as is (emoji); a lone one becomes a space.
    if (c <= 0xdbff) {
      const d = i + 1 < n ? src.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        if (isInvisible(cp)) {
          i++;
          continue;
        }
        // Mathematical bold/sans digits used to dodge filters.
        if (cp >= 0x1d7ce && cp <= 0x1d7ff) {
          chars[k] = 48 + ((cp - 0x1d7ce) % 10);
          S[k] = i;
          E[k] = i + 2;
          k++;
        } else {
          chars[k] = c;
          S[k] = i;
          E[k] = i + 2;
          k++;
          chars[k] = d;
          S[k] = i;
          E[k] = i + 2;
          k++;
        }
        i++;
        continue;
      }
    }
    chars[k] = 0x20;
    S[k] = i;
    E[k] = i + 1;
    k++;
  }
  b.length = k;
  return b;
}

/** Digits spaced or dashed to dodge filters ("306 917 442", "4008-521-673") are joined, and
 * runs of five or more Chinese digit characters become digits. Short groups (times, ranges,
 * pick-up codes) are left alone. Returns `inp` itself when nothing is joined (most notices):
 * the output is written only from the first join on, after a native copy of what came before. */
function digitPass(inp: Builder): Builder {
  const { chars, s, e } = inp;
  const n = inp.length;
  let b: Builder | null = null;
  // Never longer than its input: the buffers do not grow.
  let C = chars;
  let S = s;
  let E = e;
  let o = 0;
  let i = 0;
  while (i < n) {
    const c = chars[i];
    const isCn = CN_DIGIT_CODE[c] !== 0;
    if (isCn || (c >= 48 && c <= 57)) {
      // Scan a run of digits (of one kind) separated by single spaces or dashes.
      let j = i;
      let digits = 0;
      while (j < n) {
        const cj = chars[j];
        if (isCn ? CN_DIGIT_CODE[cj] !== 0 : cj >= 48 && cj <= 57) {
          digits++;
          j++;
          continue;
        }
        const sep = cj === 0x20 || cj === 0x2d || cj === 0x2014 || cj === 0x2013;
        const nx = j + 1 < n ? chars[j + 1] : -1;
        const nxOk = nx >= 0 && (isCn ? CN_DIGIT_CODE[nx] !== 0 : nx >= 48 && nx <= 57);
        if (sep && nxOk) {
          j++;
          continue;
        }
        break;
      }
      const join = isCn ? digits >= 5 : digits >= 7;
      // A join changes the text only if it converts Chinese digits or drops separators.
      if (b === null && join && (isCn || j - i > digits)) {
        b = scratch('b', n);
        C = b.chars;
        S = b.s;
        E = b.e;
        C.set(chars.subarray(0, i));
        S.set(s.subarray(0, i));
        E.set(e.subarray(0, i));
        o = i;
      }
      if (b === null) {
        i = j;
        continue;
      }
      for (let k = i; k < j; k++) {
        const ck = chars[k];
        if (join) {
          // Joined: the separators go, Chinese digits become digits.
          if (isCn) {
            if (CN_DIGIT_CODE[ck] === 0) continue;
            C[o] = CN_DIGIT_CODE[ck];
          } else {
            if (ck < 48 || ck > 57) continue;
            C[o] = ck;
          }
        } else C[o] = ck;
        S[o] = s[k];
        E[o] = e[k];
        o++;
      }
      i = j;
      continue;
    }
    if (b !== null) {
      C[o] = c;
      S[o] = s[i];
      E[o] = e[i];
      o++;
    }
    i++;
  }
  if (b === null) return inp;
  b.length = o;
  return b;
}

let evasionWords: { to: string[]; ascii: boolean[] } | null = null;
/** What each evasion spelling stands for, and whether it is a Latin word (pinyin). */
function evasions(): { to: string[]; ascii: boolean[] } {
  if (!evasionWords) {
    const t = evasionTable();
    // The regex only for a spelling that starts with a letter (73 of 206): each run of it is
    // paid in full on a phone's first check.
    evasionWords = {
      to: t.map((p) => p[1]),
      ascii: t.map((p) => {
        const c = p[0].charCodeAt(0);
        return c >= 97 && c <= 122 && /^[a-z]+$/.test(p[0]);
      }),
    };
  }
  return evasionWords;
}

let evasionMatcher: PhraseMatcher | null = null;
/** The evasion spellings' own matcher, for a normalisation without a shared scan. */
function ownEvasionMatcher(): PhraseMatcher {
  if (!evasionMatcher)
    evasionMatcher = new PhraseMatcher(
      evasionTable().map((p) => p[0]),
      EVASION_INDEX,
    );
  return evasionMatcher;
}

function isLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Characters of ids, domains and handles: letters, digits, - _ . / @ */
function isIdChar(c: number): boolean {
  return isLetter(c) || isDigit(c) || c === 45 || c === 95 || c === 46 || c === 47 || c === 64;
}

// Per unit: 1 = padding between Chinese characters (isPadding), 2 = a Chinese character (isHan).
const WORD_CLASS = new Uint8Array(0x10000);
WORD_CLASS.fill(2, 0x4e00, 0xa000);
WORD_CLASS.fill(2, 0x3400, 0x4dc0);
WORD_CLASS.fill(2, 0xf900, 0xfb00);
const PADDING = [0x20, 0x2a, 0x2d, 0xb7, 0x2022, 0x5f, 0x7e, 0x2027, 0x30fb];
for (let i = 0; i < PADDING.length; i++) WORD_CLASS[PADDING[i]] = 1;

// Replacements found on the base layer: (start, end, pattern) triples, reused across notices.
let reps = new Int32Array(3 * 64);

/**
 * A scan the caller shares with its own phrase lists (the checker matches cues, names and
 * evasions in one pass): `scan(t)` returns every match of `t` for a matcher whose patterns
 * `first` … `first + evasionTable().length - 1` are the evasion spellings, in table order.
 */
export interface SharedScan {
  scan(t: string): MatchList;
  first: number;
}

const ownMatches = new MatchList();

/** Leftmost-longest evasion matches of `t` into `reps` (pinyin inside an id or a domain, e.g.
 * "ph-huankuan09", "zl-huankuan.cn", stays as written); returns how many. Matches arrive by
 * start, shorter first, so the longest at each start is the last one longer than the others. */
function findReplacements(t: string, shared: SharedScan | undefined): number {
  const { ascii } = evasions();
  let list = ownMatches;
  let first = 0;
  if (shared) {
    list = shared.scan(t);
    first = shared.first;
  } else ownEvasionMatcher().scanInto(t, ownMatches);
  const last = first + ascii.length;
  const d = list.data;
  let count = 0;
  let pos = 0;
  let at = -1;
  let bestEnd = -1;
  let best = -1;
  for (let k = 0, n = 3 * list.count; k <= n; k += 3) {
    let start = -2;
    if (k < n) {
      const p = d[k + 2];
      if (p < first || p >= last) continue;
      start = d[k];
      if (start === at) {
        if (d[k + 1] > bestEnd) {
          bestEnd = d[k + 1];
          best = p - first;
        }
        continue;
      }
    }
    // A new start (or the end): the longest at the previous start is taken if it is free.
    if (at >= 0 && at >= pos) {
      pos = bestEnd;
      let keep = true;
      if (ascii[best]) {
        const before = at > 0 ? t.charCodeAt(at - 1) : 0;
        const after = bestEnd < t.length ? t.charCodeAt(bestEnd) : 0;
        keep = !isIdChar(before) && !isIdChar(after);
      }
      if (keep) {
        if (3 * count + 3 > reps.length) {
          const r = new Int32Array(reps.length * 2);
          r.set(reps);
          reps = r;
        }
        reps[3 * count] = at;
        reps[3 * count + 1] = bestEnd;
        reps[3 * count + 2] = best;
        count++;
      }
    }
    if (k < n) {
      at = start;
      bestEnd = d[k + 1];
      best = d[k + 2] - first;
    }
  }
  return count;
}

/** Word-level pass over the base layer, whose units are `baseChars`. Returns null when it would
 * change nothing (no evasion, no padding): the text layer is then the base layer itself. Writes
 * start only at the first change, after a native copy of the unchanged prefix. */
function wordPass(
  base: Layer,
  baseChars: Uint16Array,
  into: 'a' | 'b',
  shared: SharedScan | undefined,
): Builder | null {
  const t = base.text;
  const { to } = evasions();
  const nreps = findReplacements(t, shared);
  const n = t.length;
  let b: Builder | null = null;
  let C = baseChars;
  let S = base.start;
  let E = base.end;
  const bs = base.start;
  const be = base.end;
  let o = 0;
  let ri = 0;
  let nextRep = nreps > 0 ? reps[0] : -1;
  const begin = (i: number): Builder => {
    // Room for every replacement that is longer than what it replaces: then no write checks.
    let cap = n + 16;
    for (let k = 0; k < nreps; k++)
      cap += Math.max(0, to[reps[3 * k + 2]].length - (reps[3 * k + 1] - reps[3 * k]));
    const nb = scratch(into, cap);
    nb.chars.set(baseChars.subarray(0, i));
    nb.s.set(bs.subarray(0, i));
    nb.e.set(be.subarray(0, i));
    o = i;
    return nb;
  };
  for (let i = 0; i < n;) {
    if (i === nextRep) {
      if (b === null) {
        b = begin(i);
        C = b.chars;
        S = b.s;
        E = b.e;
      }
      const rs = reps[3 * ri];
      const re = reps[3 * ri + 1];
      const word = to[reps[3 * ri + 2]];
      ri++;
      nextRep = ri < nreps ? reps[3 * ri] : -1;
      const os = bs[rs];
      const oe = be[re - 1];
      for (let k = 0; k < word.length; k++) {
        C[o] = word.charCodeAt(k);
        S[o] = os;
        E[o] = oe;
        o++;
      }
      i = re;
      continue;
    }
    const c = t.charCodeAt(i);
    if (WORD_CLASS[c] === 1 && (b === null ? i > 0 : o > 0)) {
      // Before the first change the output so far is the input so far.
      const prev = b === null ? baseChars[i - 1] : C[o - 1];
      if (WORD_CLASS[prev] === 2) {
        // Drop up to three padding characters between two Chinese characters.
        let j = i;
        while (j < n && j - i < 3 && WORD_CLASS[t.charCodeAt(j)] === 1) j++;
        if (j < n && WORD_CLASS[t.charCodeAt(j)] === 2 && !(nextRep >= 0 && nextRep < j)) {
          if (b === null) {
            b = begin(i);
            C = b.chars;
            S = b.s;
            E = b.e;
          }
          i = j;
          continue;
        }
      }
    }
    if (b !== null) {
      C[o] = c;
      S[o] = bs[i];
      E[o] = be[i];
      o++;
    }
    i++;
  }
  if (b === null) return null;
  b.length = o;
  return b;
}

/** `shared`: match the evasions in the caller's scan of the base layer (see SharedScan). */
export function normalize(original: string, shared?: SharedScan): Normalized {
  const a = charPass(original);
  const d = digitPass(a);
  const base = d.layer();
  const w = wordPass(base, d.chars, d === a ? 'b' : 'a', shared);
  return { original, base, text: w ? w.layer() : base };
}

/** Maps [s, e) of a layer back to the original text. */
export function toOriginal(layer: Layer, s: number, e: number): [number, number] {
  if (e <= s || s >= layer.text.length) return [0, 0];
  return [layer.start[s], layer.end[Math.min(e, layer.text.length) - 1]];
}
