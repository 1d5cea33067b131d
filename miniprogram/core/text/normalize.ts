// Normalisation for matching, keeping a map back to the original text so every span the
// checker reports highlights what the user actually pasted (UTF-16 offsets of the original).
//
// Two layers:
//  - `base`: character-level clean-up (format characters removed, full-width folded,
//    lower-case, traditional → simplified, spaced digits joined, Chinese-numeral digit runs
//    turned into digits). Numbers and links are extracted from it.
//  - `text`: `base` plus word-level evasions mapped (薇信 → 微信, zhi付宝 → 支付宝) and
//    padding between Chinese characters removed ("验 证 码"). Cue phrases are matched on it.

import { T2S_PAIRS } from './t2s-table';
import { PhraseMatcher } from './phrases';
import { evasionTable } from './evasions';

export interface Layer {
  text: string;
  /** For each code unit of `text`: [start, end) in the original. */
  start: number[];
  end: number[];
}

export interface Normalized {
  original: string;
  base: Layer;
  text: Layer;
}

// Traditional → simplified as a dense table (0 = unchanged): a lookup per Chinese character.
let t2s: Uint16Array | null = null;
function t2sTable(): Uint16Array {
  if (!t2s) {
    t2s = new Uint16Array(0x10000);
    for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2)
      t2s[T2S_PAIRS.charCodeAt(i)] = T2S_PAIRS.charCodeAt(i + 1);
  }
  return t2s;
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

function isSpaceLike(cp: number): boolean {
  return (
    cp === 0x20 ||
    cp === 0x09 ||
    cp === 0xa0 ||
    cp === 0x3000 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x202f ||
    cp === 0x205f
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
for (const k of Object.keys(CN_DIGITS)) CN_DIGIT_CODE[k.charCodeAt(0)] = CN_DIGITS[k].charCodeAt(0);
const isCnDigit = (c: number): boolean => CN_DIGIT_CODE[c] !== 0;

/** Growable typed buffers: the three parallel arrays are written once per character, so
 * plain arrays of boxed numbers would dominate the garbage collector's work. */
class Builder {
  chars: Uint16Array;
  s: Int32Array;
  e: Int32Array;
  length = 0;
  constructor(capacity: number) {
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
    // String.fromCharCode.apply is fast on a plain array and slow on a typed one; chunks avoid
    // the call-stack limit on 1 MB inputs.
    const codes: number[] = [];
    let text = '';
    for (let i = 0; i < this.length; i += 8192) {
      const end = Math.min(this.length, i + 8192);
      codes.length = end - i;
      for (let k = i; k < end; k++) codes[k - i] = this.chars[k];
      text += String.fromCharCode.apply(null, codes);
    }
    // Copies into plain arrays: the builder's buffers are reused by the next pass, and a new
    // typed array per notice costs microseconds (its backing store lives off the heap).
    const n = this.length;
    const start = new Array<number>(n);
    const end = new Array<number>(n);
    for (let k = 0; k < n; k++) {
      start[k] = this.s[k];
      end[k] = this.e[k];
    }
    return { text, start, end };
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
  const map = t2sTable();
  const b = scratch('a', src.length);
  for (let i = 0; i < src.length; i++) {
    let c = src.charCodeAt(i);
    // Surrogates: a valid pair is kept as is (emoji); a lone one becomes a space.
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = i + 1 < src.length ? src.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        if (isInvisible(cp)) {
          i++;
          continue;
        }
        // Mathematical bold/sans digits used to dodge filters.
        if (cp >= 0x1d7ce && cp <= 0x1d7ff) {
          b.push(48 + ((cp - 0x1d7ce) % 10), i, i + 2);
        } else {
          b.push(c, i, i + 2);
          b.push(d, i, i + 2);
        }
        i++;
        continue;
      }
      b.push(0x20, i, i + 1);
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) {
      b.push(0x20, i, i + 1);
      continue;
    }
    if (isInvisible(c)) continue;
    if (c === 0x0d) c = 0x0a;
    else if (isSpaceLike(c)) c = 0x20;
    else if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    else if (c >= 0x2460 && c <= 0x2468) c = 49 + (c - 0x2460);
    else if (c === 0x24ea || c === 0x24ff) c = 48;
    else if (c >= 0x2776 && c <= 0x277e) c = 49 + (c - 0x2776);
    else if (c === 0x3002 || c === 0xff61) c = 0x3002; // keep 。 distinct: sentences end there
    if (c >= 65 && c <= 90) c += 32;
    else if (c >= 0x3400 && c <= 0x9fff) {
      const s = map[c];
      if (s !== 0) c = s;
    }
    b.push(c, i, i + 1);
  }
  return b;
}

/** Digits spaced or dashed to dodge filters ("306 917 442", "4008-521-673") are joined, and
 * runs of five or more Chinese digit characters become digits. Short groups (times, ranges,
 * pick-up codes) are left alone. */
function digitPass(inp: Builder): Builder {
  const { chars, s, e } = inp;
  const n = inp.length;
  const b = scratch('b', inp.length);
  let i = 0;
  while (i < n) {
    const c = chars[i];
    const isCn = isCnDigit(c);
    if (isDigit(c) || isCn) {
      // Scan a run of digits (of one kind) separated by single spaces or dashes.
      let j = i;
      let digits = 0;
      const keep: number[] = [];
      while (j < n) {
        const cj = chars[j];
        const ok = isCn ? isCnDigit(cj) : isDigit(cj);
        if (ok) {
          keep.push(j);
          digits++;
          j++;
          continue;
        }
        const sep = cj === 0x20 || cj === 0x2d || cj === 0x2014 || cj === 0x2013;
        const nx = j + 1 < n ? chars[j + 1] : -1;
        const nxOk = nx >= 0 && (isCn ? isCnDigit(nx) : isDigit(nx));
        if (sep && nxOk) {
          j++;
          continue;
        }
        break;
      }
      const join = isCn ? digits >= 5 : digits >= 7;
      if (join) {
        for (const k of keep) {
          const ck = chars[k];
          b.push(isCn ? CN_DIGIT_CODE[ck] : ck, s[k], e[k]);
        }
      } else {
        for (let k = i; k < j; k++) b.push(chars[k], s[k], e[k]);
      }
      i = j;
      continue;
    }
    b.push(c, s[i], e[i]);
    i++;
  }
  return b;
}

let evasionMatcher: { m: PhraseMatcher; to: string[]; ascii: boolean[] } | null = null;
function evasions(): { m: PhraseMatcher; to: string[]; ascii: boolean[] } {
  if (!evasionMatcher) {
    const t = evasionTable();
    evasionMatcher = {
      m: new PhraseMatcher(t.map((p) => p[0])),
      to: t.map((p) => p[1]),
      ascii: t.map((p) => /^[a-z]+$/.test(p[0])),
    };
  }
  return evasionMatcher;
}

function isLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Characters of ids, domains and handles: letters, digits, - _ . / @ */
function isIdChar(c: number): boolean {
  return isLetter(c) || isDigit(c) || c === 45 || c === 95 || c === 46 || c === 47 || c === 64;
}

/** Padding between Chinese characters: spaces and the symbols people sprinkle inside words. */
function isPadding(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x2a ||
    c === 0xb7 ||
    c === 0x2022 ||
    c === 0x5f ||
    c === 0x7e ||
    c === 0x2027 ||
    c === 0x30fb
  );
}

function wordPass(base: Layer): Builder {
  const t = base.text;
  const { m, to, ascii } = evasions();
  const reps = m.findLeftmostLongest(t).filter((r) => {
    if (!ascii[r.pattern]) return true;
    const before = r.start > 0 ? t.charCodeAt(r.start - 1) : 0;
    const after = r.end < t.length ? t.charCodeAt(r.end) : 0;
    // Pinyin inside an id or a domain ("ph-huankuan09", "zl-huankuan.cn") stays as written.
    return !isIdChar(before) && !isIdChar(after);
  });
  const b = scratch('a', base.text.length + 16);
  let ri = 0;
  for (let i = 0; i < t.length;) {
    if (ri < reps.length && reps[ri].start === i) {
      const r = reps[ri++];
      const word = to[r.pattern];
      const os = base.start[r.start];
      const oe = base.end[r.end - 1];
      for (let k = 0; k < word.length; k++) b.push(word.charCodeAt(k), os, oe);
      i = r.end;
      continue;
    }
    const c = t.charCodeAt(i);
    if (isPadding(c) && b.length && isHan(b.chars[b.length - 1])) {
      // Drop up to three padding characters between two Chinese characters.
      let j = i;
      while (j < t.length && j - i < 3 && isPadding(t.charCodeAt(j))) j++;
      if (j < t.length && isHan(t.charCodeAt(j)) && !(ri < reps.length && reps[ri].start < j)) {
        i = j;
        continue;
      }
    }
    b.push(c, base.start[i], base.end[i]);
    i++;
  }
  return b;
}

export function normalize(original: string): Normalized {
  const base = digitPass(charPass(original)).layer();
  const text = wordPass(base).layer();
  return { original, base, text };
}

/** Maps [s, e) of a layer back to the original text. */
export function toOriginal(layer: Layer, s: number, e: number): [number, number] {
  if (e <= s || s >= layer.text.length) return [0, 0];
  return [layer.start[s], layer.end[Math.min(e, layer.text.length) - 1]];
}
