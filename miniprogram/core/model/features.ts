// Features of the learned second opinion: hashed character 2–3-grams of the checker's own
// normalised text (case/width folded, traditional → simplified, evasions folded), so training
// (scripts/train.ts) and the app compute the same buckets from the same code.
//
// Before n-grams are taken, digit runs collapse to one "0" (an amount or a phone number is the
// same cue whatever its value) and n-grams never cross punctuation or spaces. A run shorter than
// the shortest n-gram (one Han character between commas) is a feature of its own.
//
// Why 2–3: cross-validated by source over train + dev (scripts/model/cv.ts), single characters
// and 4-grams let the model learn the house style of its biggest sources (one collection of
// LLM-written call dialogues holds 2,300 of the 2,643 training scams) rather than what carries
// over to text of a source it never read; 2–3-grams caught the most scams of unseen sources at
// the same false alarms. A model file names the range it was trained with (ModelFile.ngrams).

import { normalize, type Layer } from '../text/normalize';

export const BUCKET_BITS = 16;
export const BUCKETS = 1 << BUCKET_BITS;
/** The n-gram range of new models; a model file without `ngrams` was trained with 1–4. */
export const MIN_N = 2;
export const MAX_N = 3;
export const LEGACY_NGRAMS: readonly [number, number] = [1, 4];

/**
 * The distinct buckets of a notice (first occurrence of each, in text order) and where each
 * occurs ([s, e) in the normalised `text` layer). The arrays are scratch space reused by the
 * next call: copy what you keep.
 */
export interface Features {
  count: number;
  buckets: Int32Array;
  s: Int32Array;
  e: Int32Array;
  /** Every distinct bucket carries this value: binary features scaled to unit L2 length, so a
   * three-line SMS and a long call transcript score on the same scale. */
  value: number;
}

/** FNV-1a over UTF-16 code units, finished with a shift-xor so the low bits mix. */
export function fnv1a(codes: ArrayLike<number>, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= codes[i];
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  return h >>> 0;
}

export function bucketOf(codes: ArrayLike<number>, from: number, to: number): number {
  return fnv1a(codes, from, to) & (BUCKETS - 1);
}

// Scratch state reused across notices (feature extraction is synchronous, never re-entered).
let seen = new Uint32Array(BUCKETS);
let stamp = 0;
let codes = new Uint16Array(1024);
let from = new Int32Array(1024);
let to = new Int32Array(1024);
let outB = new Int32Array(4096);
let outS = new Int32Array(4096);
let outE = new Int32Array(4096);

function ensure(n: number): void {
  if (codes.length < n) {
    let cap = codes.length;
    while (cap < n) cap *= 2;
    codes = new Uint16Array(cap);
    from = new Int32Array(cap);
    to = new Int32Array(cap);
  }
  // At most 4 n-grams start at each character (no model reads longer ones).
  if (outB.length < n * 4) {
    let cap = outB.length;
    while (cap < n * 4) cap *= 2;
    outB = new Int32Array(cap);
    outS = new Int32Array(cap);
    outE = new Int32Array(cap);
  }
}

/** Features of a notice already normalised by the checker (its `text` layer): its minN–maxN-grams
 * (maxN at most 4). */
export function featuresOf(layer: Layer, minN = MIN_N, maxN = MAX_N): Features {
  const t = layer.text;
  ensure(t.length + 1);
  if (++stamp === 0xffffffff) {
    seen = new Uint32Array(BUCKETS);
    stamp = 1;
  }
  // Locals, not the module's variables or a closure's: without a JIT (the phone) every context
  // slot read, global look-up (`Math.imul`) and call per character or n-gram is paid in full.
  const cs = codes;
  const fr = from;
  const tt = to;
  const sn = seen;
  const st = stamp;
  const ob = outB;
  const os = outS;
  const oe = outE;
  const imul = Math.imul;
  const mask = BUCKETS - 1;
  const n = t.length;
  let count = 0;
  // Walk the text in runs of word characters; within a run take every minN–maxN-gram. The
  // position past the end closes the last run as punctuation does.
  let len = 0;
  for (let p = 0; p <= n; p++) {
    const c = p < n ? t.charCodeAt(p) : 0;
    if (c >= 48 && c <= 57) {
      // A digit run collapses to one "0".
      if (len > 0 && cs[len - 1] === 48 && tt[len - 1] === p) {
        tt[len - 1] = p + 1;
        continue;
      }
      cs[len] = 48;
      fr[len] = p;
      tt[len] = p + 1;
      len++;
    } else if (
      // A Han character (the unified blocks) or a Latin letter.
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 97 && c <= 122) ||
      (c >= 0x3400 && c <= 0x4dbf) ||
      (c >= 0xf900 && c <= 0xfaff)
    ) {
      cs[len] = c;
      fr[len] = p;
      tt[len] = p + 1;
      len++;
    } else if (len) {
      // The run ends: its n-grams. A run shorter than minN counts whole.
      const skip = len < minN ? len - 1 : minN - 1;
      for (let i = 0; i < len; i++) {
        const lim = len < i + maxN ? len : i + maxN;
        let h = 0x811c9dc5;
        for (let j = i; j < lim; j++) {
          // FNV-1a extended one code unit at a time: the n-gram [i, j] without rehashing.
          h = imul(h ^ cs[j], 0x01000193);
          if (j - i < skip) continue;
          const b = (h ^ (h >>> 16)) & mask;
          if (sn[b] === st) continue;
          sn[b] = st;
          ob[count] = b;
          os[count] = fr[i];
          oe[count] = tt[j];
          count++;
        }
      }
      len = 0;
    }
  }
  return { count, buckets: ob, s: os, e: oe, value: count ? 1 / Math.sqrt(count) : 0 };
}

/** Features of raw text (training, tests): the same normaliser the checker uses. */
export function featuresOfText(text: string, minN = MIN_N, maxN = MAX_N): Features {
  return featuresOf(normalize(text).text, minN, maxN);
}
